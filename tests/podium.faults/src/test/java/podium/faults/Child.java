/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A child JVM on this module's class path, whose first line on stdout says it is saving in a loop. */
final class Child implements AutoCloseable {

    static final String READY = "saving";

    private final Process process;
    private final BufferedReader out;

    private Child(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts {@code main} with {@code args} and waits until it says it is saving. */
    static Child start(Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-Duser.language=en",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Child child = new Child(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
        String line = child.out.readLine();
        if (!READY.equals(line)) {
            child.close();
            throw new IOException(main.getSimpleName() + " did not start: " + line);
        }
        return child;
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook, no finally block, no flush runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
