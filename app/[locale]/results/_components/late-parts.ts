// Everything of the results below the priorities, in one module: its code is fetched once the results are on screen and
// the browser is idle (or when printing is asked for), and all of it appears in the same render, so no part that comes
// late pushes another (a button about to be tapped, say) down the page.
export { ActionPlanForm } from './action-plan-form';
export { ChannelPlanSection } from './channel-plan-section';
export { LaterSections } from './later-sections';
export { ResultsToolsPanel } from './results-tools-panel';
