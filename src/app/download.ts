/** Downloads live in panels/download.ts (panels offer them too); kept here for app imports. */
export { downloadBlob, downloadCsv } from '../panels/download';
