/**
 * A refusal meant for the person (wrong paragraph number, a question that no longer exists): its
 * message, already in their language, is shown privately and it is not logged as a failure.
 */
export class UserFacingError extends Error {
  override readonly name = "UserFacingError";
}
