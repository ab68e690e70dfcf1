package org.veche.planner.io;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real tables in the repository's {@code datasets/io}, found from the module's working directory. */
final class IoTables {

    private IoTables() {
    }

    static Path folder(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("datasets").resolve("io").resolve(name);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("datasets/io/" + name + " not found above " + Path.of("").toAbsolutePath());
    }

    static Path chile() {
        return folder("chile_2013_12");
    }

    static Path usa() {
        return folder("wiod_usa_2014_55");
    }
}
