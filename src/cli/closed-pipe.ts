/**
 * A reader that stops early (`keyhound detectors | head`) closes the pipe: the rest of the
 * output has nowhere to go, which is the reader's choice, not an error. Without a listener Node
 * throws the EPIPE, printing a stack trace and exiting 1, the code that means "findings". With
 * this one the command runs to its end, writes into the closed pipe are dropped, and the process
 * exits with the code it would have had either way.
 */
export function ignoreClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}
