package dev.mockingbird.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Starts Mockingbird from the command line. */
public final class Main {

    private Main() {
    }

    /** Runs the app and exits with its status. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int status = new App(System.getenv(), in, out, System.err, System.console() != null).run(args);
        System.exit(status);
    }
}
