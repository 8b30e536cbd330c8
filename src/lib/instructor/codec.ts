/**
 * Compact, URL-safe encoding for things that travel as links and codes:
 * JSON → UTF-8 → deflate (fflate) → base64url. Decoding checks sizes at
 * every step so a hostile input cannot make the page inflate gigabytes.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { ImportError } from './import-error.ts';

/** A code that cannot be decoded: an ImportError naming why. */
export class CodecError extends ImportError {
	override name = 'CodecError';
}

const B64URL = /^[A-Za-z0-9_-]*$/;

function toBase64Url(bytes: Uint8Array): string {
	let bin = '';
	for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
	if (!B64URL.test(text)) throw new CodecError({ code: 'bad-characters' });
	// Four characters carry three bytes: a length one past a multiple of four means the end was cut off.
	if (text.length % 4 === 1) throw new CodecError({ code: 'incomplete' });
	const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
	const out = new Uint8Array(bin.length);
	for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
	return out;
}

export function encodeCompact(value: unknown): string {
	return toBase64Url(deflateSync(strToU8(JSON.stringify(value)), { level: 9 }));
}

export interface DecodeLimits {
	/** Longest accepted code, in characters. */
	maxChars: number;
	/** Largest accepted JSON once inflated, in bytes. */
	maxBytes: number;
}

/** @throws CodecError naming what is wrong. Returns parsed JSON (unvalidated). */
export function decodeCompact(text: string, limits: DecodeLimits): unknown {
	const trimmed = text.trim();
	if (!trimmed) throw new CodecError({ code: 'empty' });
	if (trimmed.length > limits.maxChars) throw new CodecError({ code: 'too-long', max: limits.maxChars });
	const bytes = fromBase64Url(trimmed);
	let inflated: Uint8Array;
	try {
		// With a fixed output buffer fflate stops at its end instead of growing:
		// one spare byte tells a full buffer from data that did not fit.
		inflated = inflateSync(bytes, { out: new Uint8Array(limits.maxBytes + 1) });
	} catch {
		throw new CodecError({ code: 'damaged' });
	}
	if (inflated.length > limits.maxBytes) throw new CodecError({ code: 'too-large', max: limits.maxBytes });
	try {
		return JSON.parse(strFromU8(inflated));
	} catch {
		throw new CodecError({ code: 'unreadable' });
	}
}
