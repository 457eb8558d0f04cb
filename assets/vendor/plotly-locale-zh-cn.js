/* Chinese (zh-CN) words of plotly.js's chart toolbar and hints, for charts whose config says
   locale: "zh-CN" (components/charts.py::image_config). plotly.py and dash ship no plotly.js locale
   files, so the words the app's toolbars show are written here; loaded after plotly-cartesian.min.js
   (assets load in name order). */
(function () {
    if (!window.Plotly || !window.Plotly.register) { return; }
    window.Plotly.register({
        moduleType: "locale",
        name: "zh-CN",
        dictionary: {
            "Autoscale": "自动缩放",
            "Box Select": "框选",
            "Compare data on hover": "悬停时比较数据",
            "Double-click on legend to isolate one trace": "双击图例只显示该项",
            "Double-click to zoom back out": "双击恢复原始大小",
            "Download plot": "下载图表",
            "Download plot as a PNG": "下载PNG图片",
            "Download plot as a png": "下载PNG图片",
            "Download plot as JSON": "下载JSON数据",
            "Lasso Select": "套索选择",
            "Pan": "平移",
            "Reset": "重置",
            "Reset axes": "重置坐标轴",
            "Reset view": "重置视图",
            "Reset views": "重置视图",
            "Show closest data on hover": "悬停时显示最近的数据",
            "Snapshot succeeded": "图片已生成",
            "Sorry, there was a problem downloading your snapshot!": "抱歉，图片下载失败！",
            "Taking snapshot - this may take a few seconds": "正在生成图片，请稍候",
            "Toggle Spike Lines": "显示或隐藏辅助线",
            "Toggle show closest data on hover": "切换悬停显示最近的数据",
            "Zoom": "缩放",
            "Zoom in": "放大",
            "Zoom out": "缩小",
            "trace": "数据系列"
        },
        format: {
            days: ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"],
            shortDays: ["周日", "周一", "周二", "周三", "周四", "周五", "周六"],
            months: ["一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"],
            shortMonths: ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
            date: "%Y-%m-%d"
        }
    });
}());
