import { ApiError, messageOf } from "../../api/index.ts";

/** A failed form submission: the message, and the field it names when the server named one. */
export interface FormError {
  message: string;
  field?: string | undefined;
}

export function formErrorOf(error: unknown): FormError {
  if (error instanceof ApiError) return { message: error.message, field: error.field };
  return { message: messageOf(error) };
}

/** The error to show under `field`, if the failure named it. */
export function errorFor(error: FormError | undefined, field: string): string | undefined {
  return error?.field === field ? error.message : undefined;
}
