// Test helper: run `fn`, expect it to throw an InputError whose message matches, return it.
import { expect } from "vitest";
import { InputError } from "./errors";

export function expectInputError(fn: () => unknown, message: string | RegExp): InputError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(InputError);
  expect((caught as InputError).message).toMatch(message);
  return caught as InputError;
}
