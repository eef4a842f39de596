// The GitHub Action entry point arrives with issue 3; the bundle needs the file to exist.
export {};
