/* Budget disclosure explorer: fits each embedded chart's iframe to the height the chart reports.
   Accepts only messages of the form {type: "budget-explorer:height", height: <number>} that come
   from one of this page's iframes marked data-budget-embed; everything else is ignored. */
(function () {
  if (window.__budgetEmbedResize) return;
  window.__budgetEmbedResize = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || Object.keys(data).length !== 2) return;
    if (data.type !== 'budget-explorer:height' || typeof data.height !== 'number' || !isFinite(data.height))
      return;
    var frames = document.querySelectorAll('iframe[data-budget-embed]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(80, Math.min(5000, Math.round(data.height))) + 'px';
      }
    }
  });
})();
