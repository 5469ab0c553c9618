// Runs before the page paints.
(function () {
  var root = document.documentElement;
  var query = new URLSearchParams(location.search);
  // Leaves for the page that paints what the address asks: hidden meanwhile, and the load stopped
  // before the replace (a stop after it would also cancel the navigation under way).
  var leaveFor = function (to) {
    root.classList.add('pending');
    window.stop();
    location.replace(to);
  };
  // An embed address pasted before each view had a page of its own (?embed=1&view=map on an
  // edition's home page, whose <html data-embeds> says where those pages are) goes at once to the
  // view's page, which paints the view from its HTML, the rest of the query kept. Replaced, so
  // Back does not return here. A view this list does not know stays, for the app's notice.
  // This script is the first thing in the page's <head> (inlined by the build), so it runs on the
  // HTML's first bytes; stopping the load there keeps the rest of the home page (its HTML, its
  // stylesheet and scripts) from taking the slow network from the view's page.
  var embeds = root.getAttribute('data-embeds');
  var views = ['all', 'map', 'history', 'timeline', 'quotes'];
  var view = query.get('view') || 'all';
  if (
    embeds !== null &&
    query.getAll('embed').join() === '1' &&
    query.getAll('view').length <= 1 &&
    views.indexOf(view) >= 0
  ) {
    query.delete('embed');
    query.delete('view');
    var rest = query.toString();
    leaveFor(
      embeds + (view === 'all' ? '' : view + '/') + (rest ? '?' + rest : '') + location.hash,
    );
    return;
  }
  // On an embed's page (<html data-view> names its view), `embed=1` and the page's own view say
  // nothing new. A host that moves old addresses here before sending anything (the build's server
  // configurations, src/site/hostConfigs.ts) keeps their query whole, ?embed=1&view=map included:
  // those two neither hide the page nor go along below.
  var own = root.getAttribute('data-view');
  if (own !== null) {
    if (query.getAll('embed').join() === '1') query.delete('embed');
    if (query.getAll('view').join() === own) query.delete('view');
  }
  // A state asked for in an embed's query (embed/map/?country=GE, pasted before each state had an
  // embed page of its own) goes to that page (embed/map/ge/), which paints the state from its
  // HTML, the rest of the query kept, in the same way. <html data-states> lists the states that
  // have such a page below this one; any other value waits for the app and its notice.
  var states = root.getAttribute('data-states');
  var asked = query.getAll('country');
  var state = asked.length === 1 ? asked[0].toLowerCase() : '';
  if (states !== null && /^[a-z]{2}$/.test(state) && states.split(' ').indexOf(state) >= 0) {
    query.delete('country');
    var others = query.toString();
    leaveFor(state + '/' + (others ? '?' + others : '') + location.hash);
    return;
  }
  // Parameters that only restyle the page (a root attribute) are applied here, before the first
  // paint, so an embed in the colours its snippet asked for shows at once; as in the app, the
  // last value counts. A value the app would refuse waits for the app and its notice, as below.
  var restyled = { theme: ['auto', 'light', 'dark'], transparent: ['', '1', 'true', '0', 'false'] };
  var refused = false;
  for (var name in restyled) {
    var given = query.getAll(name);
    for (var i = 0; i < given.length; i += 1) {
      if (restyled[name].indexOf(given[i]) < 0) refused = true;
    }
    var last = given[given.length - 1];
    if (name === 'theme' && (last === 'light' || last === 'dark')) {
      root.setAttribute('data-theme', last);
    }
    // An embed's page is written light; `auto` hands the scheme back to the reader's system.
    if (name === 'theme' && last === 'auto') root.removeAttribute('data-theme');
    if (name === 'transparent' && (last === '' || last === '1' || last === 'true')) {
      root.setAttribute('data-transparent', 'true');
    }
  }
  // The HTML is prerendered in its own state; when the address asks for another one (a country,
  // a date, an embed…), hide it until the app has drawn what was asked, instead of flashing the
  // wrong state. styles.css reveals it anyway after a few seconds.
  if (refused || /[?&](country|date|event|mode|quote|embed|view)=/.test('?' + query)) {
    root.classList.add('pending');
  }
})();
