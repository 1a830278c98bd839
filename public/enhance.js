/*
 * The site's only script on content pages (no framework): small enhancements of markup that works without it.
 * - Citation markers ([1]) open their Sources entry's details in a dialog by click, tap or Enter; Escape, Close or a
 *   tap outside shuts it and returns focus. Without this script they are plain links to the Sources list.
 * - "Copy link to this page" copies the canonical address, or shows it to copy by hand.
 * - On /compare/, the level checkboxes hide and show the table's columns.
 * - "Print this handout" buttons open the browser's print dialog.
 */
;(function () {
  'use strict'
  var open = null

  function close(returnFocus) {
    if (!open) return
    open.panel.hidden = true
    open.marker.setAttribute('aria-expanded', 'false')
    if (returnFocus) open.marker.focus()
    open = null
  }

  function panelFor(marker) {
    var id = marker.id + '-panel'
    var panel = document.getElementById(id)
    if (panel) return panel
    var details = document.querySelector(marker.getAttribute('href') + ' [data-cite-details]')
    if (!details) return null
    panel = document.createElement('span')
    panel.id = id
    panel.className = 'cite-panel'
    panel.setAttribute('role', 'dialog')
    panel.setAttribute('aria-label', marker.getAttribute('data-title'))
    panel.setAttribute('data-pagefind-ignore', '')
    panel.tabIndex = -1
    panel.hidden = true
    panel.appendChild(details.cloneNode(true))
    var button = document.createElement('button')
    button.type = 'button'
    button.className = 'cite-close'
    button.textContent = 'Close'
    button.addEventListener('click', function () {
      close(true)
    })
    panel.appendChild(button)
    marker.parentNode.insertBefore(panel, marker.nextSibling)
    marker.setAttribute('aria-controls', id)
    return panel
  }

  document.addEventListener('click', function (event) {
    var marker = event.target.closest && event.target.closest('a.cite-marker')
    if (!marker || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return // new-tab clicks stay links
    var panel = panelFor(marker)
    if (!panel) return
    event.preventDefault()
    var wasOpen = open && open.marker === marker
    close(false)
    if (wasOpen) return
    panel.hidden = false
    marker.setAttribute('aria-expanded', 'true')
    open = { marker: marker, panel: panel }
    panel.focus()
  })

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && open) {
      event.preventDefault()
      close(true)
    }
  })

  document.addEventListener('pointerdown', function (event) {
    if (open && !open.panel.contains(event.target) && !open.marker.contains(event.target)) close(false)
  })

  document.addEventListener('focusin', function (event) {
    // Tabbing out of the dialog closes it without pulling focus back.
    if (open && !open.panel.contains(event.target) && event.target !== open.marker) close(false)
  })

  function enhance() {
    var markers = document.querySelectorAll('a.cite-marker')
    for (var i = 0; i < markers.length; i++) {
      markers[i].setAttribute('aria-haspopup', 'dialog')
      markers[i].setAttribute('aria-expanded', 'false')
    }

    var copy = document.querySelector('[data-copy-link]')
    var canonical = document.querySelector('link[rel="canonical"]')
    if (copy && canonical) {
      var url = canonical.href
      var status = copy.querySelector('[role="status"]')
      copy.hidden = false
      copy.querySelector('button').addEventListener('click', function () {
        var manual = function () {
          if (copy.querySelector('input')) return
          var label = document.createElement('label')
          label.className = 'flex w-full flex-col'
          label.textContent = 'Copying is not available here. Select the address and copy it:'
          var input = document.createElement('input')
          input.readOnly = true
          input.value = url
          input.className = 'rounded border border-ink p-1'
          input.addEventListener('focus', function () {
            input.select()
          })
          label.appendChild(input)
          copy.appendChild(label)
          input.focus()
        }
        if (!navigator.clipboard) return manual()
        navigator.clipboard.writeText(url).then(function () {
          status.textContent = 'Link copied.'
        }, manual)
      })
    }

    var picker = document.querySelector('[data-level-picker]')
    var table = picker && document.getElementById(picker.getAttribute('data-level-picker'))
    if (picker && table) {
      picker.hidden = false
      picker.addEventListener('change', function (event) {
        var boxes = picker.querySelectorAll('input[type="checkbox"]')
        var shown = {}
        var count = 0
        for (var i = 0; i < boxes.length; i++) {
          if (boxes[i].checked) {
            shown[boxes[i].value] = true
            count++
          }
        }
        if (count === 0) return void (event.target.checked = true) // keep at least one column
        var cells = table.querySelectorAll('[data-level]')
        for (var j = 0; j < cells.length; j++) cells[j].hidden = !shown[cells[j].getAttribute('data-level')]
      })
    }

    var print = document.querySelectorAll('[data-print]')
    for (var k = 0; k < print.length; k++) {
      print[k].hidden = false
      var fallback = print[k].parentNode.querySelector('[data-print-fallback]')
      if (fallback) fallback.hidden = true
      print[k].addEventListener('click', function () {
        window.print()
      })
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', enhance)
  else enhance()
})()
