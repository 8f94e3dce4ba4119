// A page script like real sites have: it keeps a reference to a text node of
// the policy and counts clicks, so the test can check that the extension's
// highlights did not break it.
(() => {
  const first = document.querySelector('#policy-body p, main p');
  const held = first ? first.firstChild : null;
  let clicks = 0;
  document.getElementById('menu-toggle').addEventListener('click', (e) => {
    clicks++;
    e.currentTarget.setAttribute('aria-expanded', String(clicks % 2 === 1));
  });
  window.siteCheck = () => ({ clicks, held: held !== null && held.isConnected, heldText: held ? held.data : '' });
})();
