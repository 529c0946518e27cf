// Placeholder: the extraction pipeline lives here (see DESIGN.md); being built in issue 3.
export * from './types';
