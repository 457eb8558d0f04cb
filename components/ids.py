"""Component ids, kebab-case constants shared by layouts, callbacks and browser tests."""

URL = "url"
PAGE = "page-content"
PAGE_STATE = "page-state"
LANG_BUTTON = "lang-button"
NAV = "nav"

SCORECARD = "scorecard"
HEADLINE_CARDS = "headline-cards"

IND_SELECT = "indicator-select"
IND_YEARS = "indicator-years"
IND_MEASURE = "indicator-measure"
IND_CHARTS = "indicator-charts"
IND_CHART = "indicator-chart"          # pattern-matching type: {"type": IND_CHART, "index": key}
SIDE_PANEL = "side-panel"

YEAR_SELECT = "year-select"
YEAR_TABLE = "year-table"
YEAR_DUMBBELL = "year-dumbbell"

DOC_READER = "doc-reader"

DATA_GRID = "data-grid"
DATA_CSV = "data-csv"
DATA_XLSX = "data-xlsx"
DATA_DOWNLOAD = "data-download"
TVA_CSV = "tva-csv"
TVA_XLSX = "tva-xlsx"
TVA_DOWNLOAD = "tva-download"

EXPORT = "export"                      # pattern-matching type: {"type": EXPORT, "index": spec, "fmt": fmt}
CHART_DOWNLOAD = "chart-download"
PACK_PDF = "pack-pdf"
PACK_PPTX = "pack-pptx"
PACK_ZIP = "pack-zip"
PACK_PROGRESS = "pack-progress"
PACK_STATUS = "pack-status"
PACK_DOWNLOAD = "pack-download"
PACK_REQUEST = "pack-request"
REGION_STORE = "region-store"
REGION_SELECT = "region-select"
IND_COMPARE = "indicator-compare"
REVIEW_BACKLOG = "review-backlog"
REVIEW_TABLE = "review-table"
CASCADE_CSV = "cascade-csv"
CASCADE_XLSX = "cascade-xlsx"
CASCADE_DOWNLOAD = "cascade-download"
IND_VIEW = "indicator-view"            # as stated | index | yoy (issue 24)
IND_SCALE = "indicator-scale"          # linear | log
CHART_CSV = "chart-csv"                # pattern-matching type: {"type": CHART_CSV, "index": key}
CHART_CSV_DOWNLOAD = "chart-csv-download"
CHART_CITE = "chart-cite"              # pattern-matching type: {"type": CHART_CITE, "index": key}
