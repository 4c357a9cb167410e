/** Runs after every test file (jest setupFilesAfterEnv): what helpers created is removed. */
import { removeTempDirs } from './tempDir.js';

afterAll(() => removeTempDirs());
