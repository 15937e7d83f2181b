// The city's dashboard: draws ECharts charts from the page's JSON data block (#figures). The same numbers
// stand in tables under each chart, so the charts are decoration for sighted readers (aria-hidden).
// Errors and CSP violations are collected in window.__chartErrors for the browser test.
(function () {
  'use strict';
  var errors = window.__chartErrors = [];
  window.addEventListener('error', function (e) { errors.push(String(e.message || e)); });
  document.addEventListener('securitypolicyviolation', function (e) {
    errors.push('CSP ' + e.violatedDirective + ' ' + (e.blockedURI || ''));
  });

  var ACCENT = '#0b4f9c', SOFT = '#7aa7d9', WARN = '#c77700', DANGER = '#a4161a', OK = '#1b6e3a', GREY = '#9aa3af';
  var charts = [];

  function base(extra) {
    var option = {
      animation: false,
      textStyle: { fontFamily: 'sans-serif' },
      // richText tooltips draw on the canvas: HTML tooltips would need inline styles, which the CSP refuses
      tooltip: { trigger: 'axis', renderMode: 'richText', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true }
    };
    for (var k in extra) { option[k] = extra[k]; }
    return option;
  }

  function draw(id, option) {
    var el = document.getElementById(id);
    if (!el) { return; }
    try {
      var chart = window.echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption(option);
      charts.push(chart);
    } catch (e) {
      errors.push(id + ': ' + e.message);
    }
  }

  function label(map, id) { return (map && map[id]) || id; }

  function start() {
    var block = document.getElementById('figures');
    if (!block || !window.echarts) {
      errors.push(!block ? 'no #figures block' : 'echarts not loaded');
      return;
    }
    var data = JSON.parse(block.textContent);
    var f = data.figures, L = data.labels, T = L.text;

    // filings by status, stacked by category (lifecycle order from the top)
    var statuses = f.filings.byStatus.map(function (s) { return s.status; });
    var categories = f.filings.byCategory.map(function (c) { return c.category; });
    var categoryColours = { SUBJECT_TRAINING: ACCENT, NON_SUBJECT_TRAINING: SOFT, UNCLASSIFIED: GREY };
    draw('chart-filings-status', base({
      legend: { top: 0 },
      yAxis: { type: 'category', inverse: true, data: statuses.map(function (s) { return label(L.status, s); }) },
      xAxis: { type: 'value', minInterval: 1 },
      series: categories.map(function (c) {
        return {
          type: 'bar', stack: 'filings', name: label(L.category, c), itemStyle: { color: categoryColours[c] || GREY },
          barMaxWidth: 22,
          data: statuses.map(function (s) {
            var n = 0;
            f.filings.byStatusAndCategory.forEach(function (x) { if (x.status === s && x.category === c) { n += x.count; } });
            return n;
          })
        };
      })
    }));

    // filings by category
    draw('chart-filings-category', base({
      tooltip: { trigger: 'item', renderMode: 'richText' },
      legend: { bottom: 0 },
      series: [{
        type: 'pie', radius: ['45%', '70%'], center: ['50%', '45%'], name: T.filings,
        label: { formatter: '{b}\n{c}' },
        data: f.filings.byCategory.map(function (c) {
          return { name: label(L.category, c.category), value: c.count, itemStyle: { color: categoryColours[c.category] || GREY } };
        })
      }]
    }));

    // registrations per month
    draw('chart-registrations', base({
      xAxis: { type: 'category', data: f.filings.registrationsPerMonth.map(function (m) { return m.month; }),
               axisLabel: { interval: 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: T.registrations, itemStyle: { color: ACCENT }, barMaxWidth: 28,
                 label: { show: true, position: 'top' },
                 data: f.filings.registrationsPerMonth.map(function (m) { return m.count; }) }]
    }));

    // complaints by category
    draw('chart-complaints-category', base({
      yAxis: { type: 'category', inverse: true,
               data: f.complaints.byCategory.map(function (c) { return label(L.complaintCategory, c.category); }) },
      xAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: T.complaints, itemStyle: { color: WARN }, barMaxWidth: 18,
                 label: { show: true, position: 'right' },
                 data: f.complaints.byCategory.map(function (c) { return c.count; }) }]
    }));

    // share of resolved complaints resolved on time
    var share = f.complaints.onTimeShare;
    draw('chart-complaints-ontime', base({
      tooltip: { show: false },
      series: [{
        type: 'gauge', min: 0, max: 100, splitNumber: 5, radius: '88%', center: ['50%', '60%'],
        startAngle: 200, endAngle: -20, name: T.onTime,
        progress: { show: true, width: 16, itemStyle: { color: share === null ? GREY : (share >= 0.9 ? OK : (share >= 0.6 ? WARN : DANGER)) } },
        axisLine: { lineStyle: { width: 16, color: [[1, '#e5e9f0']] } },
        splitLine: { distance: -16, length: 16, lineStyle: { color: '#fff', width: 2 } },
        axisTick: { show: false }, pointer: { show: false },
        axisLabel: { distance: 24, fontSize: 11, color: '#555', formatter: '{value}%' },
        anchor: { show: false },
        title: { show: true, offsetCenter: [0, '32%'], fontSize: 13, color: '#555' },
        detail: { valueAnimation: false, offsetCenter: [0, '0%'], fontSize: share === null ? 16 : 30,
                  color: share === null ? '#555' : '#1a1a1a', formatter: share === null ? T.onTimeNone : '{value}%' },
        data: [{ value: share === null ? 0 : Math.round(share * 1000) / 10,
                 name: T.onTimeResolved + ' ' + f.complaints.resolvedOnTime + ' / ' + f.complaints.resolved }]
      }]
    }));

    // rectification orders
    var r = f.rectifications;
    draw('chart-orders', base({
      xAxis: { type: 'category', data: [T.ordersOpen, T.ordersAnswered, T.ordersDueSoon, T.ordersOverdue] },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: T.orders, barMaxWidth: 40, label: { show: true, position: 'top' },
                 data: [{ value: r.open, itemStyle: { color: ACCENT } }, { value: r.answered, itemStyle: { color: SOFT } },
                        { value: r.dueSoon, itemStyle: { color: WARN } }, { value: r.overdue, itemStyle: { color: DANGER } }] }]
    }));

    // apps in use per district: the chart grows with the number of districts
    var districts = f.usage.districts;
    var el = document.getElementById('chart-districts');
    if (el) { el.style.height = Math.max(300, 70 + districts.length * 40) + 'px'; }
    draw('chart-districts', base({
      legend: { top: 0 },
      yAxis: { type: 'category', inverse: true, data: districts.map(function (d) { return d.name; }) },
      xAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'bar', name: T.districtApps, itemStyle: { color: ACCENT }, barMaxWidth: 14,
          label: { show: true, position: 'right' }, data: districts.map(function (d) { return d.apps; }) },
        { type: 'bar', name: T.districtFilings, itemStyle: { color: SOFT }, barMaxWidth: 14,
          label: { show: true, position: 'right' }, data: districts.map(function (d) { return d.liveFilings; }) }
      ]
    }));

    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
    window.__chartsReady = true;
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
