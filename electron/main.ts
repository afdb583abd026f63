/**
 * The desktop entry point, bundled to dist/electron/main.cjs. Everything it
 * does is in app-lifecycle.ts; this file only starts it.
 */
import { getAppPaths, startApp } from './app-lifecycle';

startApp(getAppPaths(__dirname));
