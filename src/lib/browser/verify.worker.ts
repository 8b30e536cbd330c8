/**
 * Verifies result packages off the main thread: replaying 500 runs through
 * inkjs takes seconds of CPU, which here neither freezes the class dashboard
 * nor stops it showing progress, and several workers share the cores.
 */
import { createVerifier, type VerifyRequest } from '../instructor/verify-handler.ts';

const verify = createVerifier();

self.onmessage = ({ data }: MessageEvent<VerifyRequest>) => {
	self.postMessage(verify(data));
};
