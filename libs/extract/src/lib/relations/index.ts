export { findFulfils } from './fulfils';
export { findHasPart } from './has-part';
export { linkOutcomesToProjects } from './outcome-projects';
