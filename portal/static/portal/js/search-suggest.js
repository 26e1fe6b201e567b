// Search suggestions as the reader types: fills the search box's <datalist> with page titles.
// Progressive enhancement only: without JavaScript the form submits as normal.
const DELAY_MS = 200

export function initSearchSuggestions (root = document) {
  for (const form of root.querySelectorAll('form[data-suggest-url]')) {
    const input = form.querySelector('input[list]')
    const list = input && document.getElementById(input.getAttribute('list'))
    if (!list) continue
    let timer
    let controller
    input.addEventListener('input', () => {
      clearTimeout(timer)
      timer = setTimeout(async () => {
        controller?.abort()
        controller = new AbortController()
        const url = `${form.dataset.suggestUrl}?q=${encodeURIComponent(input.value)}`
        try {
          const response = await fetch(url, { signal: controller.signal })
          const { suggestions } = await response.json()
          list.replaceChildren(...suggestions.map(({ title }) => new Option(title, title)))
        } catch {
          // Suggestions are a nicety: on any failure the box simply offers none.
        }
      }, DELAY_MS)
    })
  }
}
