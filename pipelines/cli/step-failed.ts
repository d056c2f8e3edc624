/** A step that could not finish; the CLI prints its message and exits 1. */
export class StepFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StepFailed';
  }
}
