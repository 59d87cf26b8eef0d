package org.societyflow.reliability;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A MariaDB database of its own for one drill, dropped and created afresh, and read directly with SQL to check what
 * the application stored behind its API. The server comes from {@code -Dreliability.mysql} (default
 * {@code jdbc:mysql://127.0.0.1:3306}, root without password, as in .ci/run).
 */
final class DrillDatabase {

    private static final String OPTIONS = "?sendFractionalSeconds=false&characterEncoding=UTF-8"
            + "&connectionCollation=utf8mb4_unicode_ci&useSSL=false&allowPublicKeyRetrieval=true";

    private final String server;
    private final String name;

    private DrillDatabase(String server, String name) {
        this.server = server;
        this.name = name;
    }

    /** {@code -Dreliability.<drill>.database} or the given default name, emptied. */
    static DrillDatabase fresh(String drill, String defaultName) throws SQLException {
        String server = System.getProperty("reliability.mysql", "jdbc:mysql://127.0.0.1:3306");
        String name = System.getProperty("reliability." + drill + ".database", defaultName);
        try (Connection c = DriverManager.getConnection(server + "/" + OPTIONS, "root", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return new DrillDatabase(server, name);
    }

    /**
     * The backup docs/OPERATIONS.md describes: {@code mysqldump --single-transaction} (one consistent snapshot, no
     * locks held against the running app) with the routines, triggers and binary columns (attachments) as hex.
     */
    void dumpTo(Path file) throws IOException, InterruptedException {
        client(file, false, "mysqldump", "--single-transaction", "--routines", "--triggers", "--hex-blob", name);
    }

    /** The restore: loads a dump into this (empty) database with the {@code mysql} client. */
    void loadFrom(Path file) throws IOException, InterruptedException {
        client(file, true, "mysql", name);
    }

    private void client(Path file, boolean input, String program, String... arguments) throws IOException, InterruptedException {
        URI address = URI.create(server.substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of(program, "--protocol=TCP", "-h", address.getHost(),
                "-P", Integer.toString(address.getPort() > 0 ? address.getPort() : 3306), "-u", "root",
                "--default-character-set=utf8mb4"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = (input ? builder.redirectInput(file.toFile()) : builder.redirectOutput(file.toFile())).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(program + " exited with " + process.exitValue() + " on " + name);
        }
    }

    String url() {
        return server + "/" + name + OPTIONS;
    }

    void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), "root", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    long count(String sql, Object... args) throws SQLException {
        return Long.parseLong(strings(sql, args).get(0));
    }

    /** The first column of every row, as text. */
    List<String> strings(String sql, Object... args) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), "root", "");
             PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
