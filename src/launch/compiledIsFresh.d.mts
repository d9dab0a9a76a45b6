// The launcher is plain JavaScript (it runs before anything is compiled); its type, for the tests.
export declare function compiledIsFresh(root: string): boolean;
