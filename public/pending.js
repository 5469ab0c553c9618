// Runs before the page paints. The HTML is prerendered in its default state; when the address
// asks for another one (a country, a date, an embed…), hide it until the app has drawn what was
// asked, instead of flashing the wrong state. styles.css reveals it anyway after a few seconds.
if (/[?&](country|date|event|mode|quote|embed|view|theme|transparent)=/.test(location.search)) {
  document.documentElement.classList.add('pending');
}
