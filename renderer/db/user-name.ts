/** The name policy edits are logged under until the user gives one. */
export const DEFAULT_USER_NAME = 'Local user';
