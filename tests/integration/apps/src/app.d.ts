export declare function run(): Promise<{ explain: string; element: string }>;
export declare function report(promise: Promise<unknown>): void;
