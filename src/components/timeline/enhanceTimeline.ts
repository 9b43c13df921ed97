/**
 * Optional enhancement of the timeline figure, which is complete without it: a row of actor
 * filters that fade the other lanes' marks, and a details line that follows hover and keyboard
 * focus with the event's description from the data table. Configured by data-* attributes the
 * figure already carries; without JavaScript nothing is lost but these two conveniences.
 */
export function enhanceTimeline(figure: HTMLElement): void {
  const lanes = JSON.parse(figure.dataset.lanes ?? '[]') as Array<{ id: string; label: string }>;
  const tableId = figure.dataset.table;
  const charts = figure.querySelector<HTMLElement>('.charts');
  if (!charts || lanes.length === 0) return;

  const controls = document.createElement('fieldset');
  controls.className = 'tl-filters';
  const legend = document.createElement('legend');
  legend.textContent = figure.dataset.filterLabel ?? 'Show actors';
  controls.append(legend);
  const hidden = new Set<string>();
  for (const lane of lanes) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    box.addEventListener('change', () => {
      if (box.checked) hidden.delete(lane.id);
      else hidden.add(lane.id);
      // Each drawing writes its leaders in the order of its marks' links: the nth leader is the nth link's.
      for (const svg of charts.querySelectorAll('svg')) {
        const leaders = svg.querySelectorAll('.tl-leader');
        svg.querySelectorAll<SVGElement>('a.tl-link').forEach((link, index) => {
          const faded = hidden.has(link.dataset.lane ?? '');
          link.classList.toggle('is-faded', faded);
          leaders[index]?.classList.toggle('is-faded', faded);
        });
      }
    });
    label.append(box, ` ${lane.label}`);
    controls.append(label);
  }

  const details = document.createElement('p');
  details.className = 'tl-details';
  details.setAttribute('aria-live', 'polite');
  details.textContent = figure.dataset.detailsHint ?? '';
  const show = (eventId: string | undefined) => {
    const row = eventId && tableId ? document.getElementById(`${tableId}-${eventId}`) : null;
    if (!row) return;
    const date = row.querySelector('.date')?.textContent?.trim() ?? '';
    const title = row.querySelector('.title')?.textContent?.trim() ?? '';
    const description = row.querySelector('.desc')?.textContent?.trim() ?? '';
    details.textContent = `${date}: ${title}. ${description}`;
  };
  charts.addEventListener('pointerover', (event) => show((event.target as Element).closest<SVGAElement>('a.tl-link')?.dataset.event));
  charts.addEventListener('focusin', (event) => show((event.target as Element).closest<SVGAElement>('a.tl-link')?.dataset.event));

  // Into the room the figure keeps for the filters when scripting is on, so nothing below moves (no layout shift).
  const slot = figure.querySelector('.tl-controls');
  if (slot) slot.append(controls);
  else charts.before(controls);
  charts.after(details);
}
