/** The directory's data layer. Other front-desk features import only this (and DirectoryPicker). */
export * from './keys';
export * from './searchDirectory';
export * from './saveDirectoryEntry';
