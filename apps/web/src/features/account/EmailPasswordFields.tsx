import { Field } from "./Field.tsx";
import { errorFor, type FormError } from "../../shared/form/form-error.ts";

const NEW_PASSWORD_HINT = "At least 10 characters. A few unrelated words are easy to remember and hard to guess.";

/**
 * The email and password fields that signing in and signing up share. `newPassword` asks the browser to suggest a
 * new password (and shows how to choose one) rather than fill in the saved one.
 */
export function EmailPasswordFields(props: {
  email: string;
  onEmailChange: (value: string) => void;
  password: string;
  onPasswordChange: (value: string) => void;
  error: FormError | undefined;
  newPassword?: boolean;
}) {
  return (
    <>
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        value={props.email}
        onChange={props.onEmailChange}
        error={errorFor(props.error, "email")}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete={props.newPassword ? "new-password" : "current-password"}
        hint={props.newPassword ? NEW_PASSWORD_HINT : undefined}
        value={props.password}
        onChange={props.onPasswordChange}
        error={errorFor(props.error, "password")}
      />
    </>
  );
}
