package dev.torrentctl.cli;

/** Input the command cannot use; reported as one line on stderr with exit status 2. */
final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param subject the file or argument at fault
     * @param problem what is wrong with it
     * @param cause the underlying error, shown only with {@code --debug}
     */
    BadInputException(String subject, String problem, Throwable cause) {
        super(subject + ": " + problem, cause);
    }
}
