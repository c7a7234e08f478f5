// Applies the saved light/dark choice before the app loads, so the page never flashes the other
// theme. A file rather than an inline script, so the Content-Security-Policy can forbid inline code.
(function () {
  try {
    var saved = window.localStorage.getItem('meshport-color-scheme');
    var scheme =
      saved === 'light' || saved === 'dark'
        ? saved
        : window.matchMedia('(prefers-color-scheme: dark)').matches
          ? 'dark'
          : 'light';
    document.documentElement.setAttribute('data-mantine-color-scheme', scheme);
  } catch {
    document.documentElement.setAttribute('data-mantine-color-scheme', 'light');
  }
})();
