package org.quotedesk.reliability;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Strangers guessing: failed sign-ins through the form with made-up and very long names, and bursts
 * of wrong passwords for {@code admin} over HTTP Basic, each from many addresses. Afterwards, can the
 * owner still sign in from the address they always use?
 */
final class SignInFlood {

    /** The answers to the guesses, and whether the owner got in afterwards. */
    record Found(int guesses, Map<Integer, Integer> byStatus, boolean ownerSignsIn) {
    }

    static final int HUGE_NAMES = 40;

    private final Client client;

    SignInFlood(Client client) {
        this.client = client;
    }

    Found run(String owner, String ownersPassword, int formGuesses, int basicGuesses) throws Exception {
        Random random = new Random(20221201L);
        ExecutorService pool = Executors.newFixedThreadPool(40);
        List<Future<Client.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < formGuesses; i++) {
            String name = i % 5 == 0 ? "n" + "x".repeat(1_000 + random.nextInt(6_000)) : "user" + random.nextInt(1 << 20);
            String body = "j_username=" + name + "&j_password=guess" + i;
            String from = "127.0.2." + (2 + i % 250);
            byte[] request = ("POST /j_security_check HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length() + "\r\n\r\n"
                    + body).getBytes(StandardCharsets.UTF_8);
            answers.add(pool.submit(() -> client.raw(from, request, Duration.ofSeconds(30))));
        }
        // Names of 2 MB, as in the attack that kept 1.2 GB of heap with 300 of them: 40 are enough to see it.
        for (int i = 0; i < HUGE_NAMES; i++) {
            String body = "j_username=" + "h".repeat(2 << 20) + i + "&j_password=guess";
            String from = "127.0.4." + (2 + i);
            byte[] request = ("POST /j_security_check HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length() + "\r\n\r\n"
                    + body).getBytes(StandardCharsets.UTF_8);
            answers.add(pool.submit(() -> client.raw(from, request, Duration.ofSeconds(30))));
        }
        for (int i = 0; i < basicGuesses; i++) {
            String credentials = Base64.getEncoder().encodeToString((owner + ":wrong guess " + i)
                    .getBytes(StandardCharsets.UTF_8));
            String from = "127.0.3." + (2 + i % 40);
            byte[] request = ("DELETE /api/quotes/99999999 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Authorization: Basic " + credentials + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            answers.add(pool.submit(() -> client.raw(from, request, Duration.ofSeconds(30))));
        }
        Map<Integer, Integer> byStatus = new TreeMap<>();
        for (Future<Client.Answer> answer : answers) {
            byStatus.merge(answer.get().status(), 1, Integer::sum);
        }
        pool.shutdown();
        boolean ownerSignsIn = client.send("DELETE", "/api/quotes/99999999", null, null, owner, ownersPassword)
                .status() == 404;
        return new Found(answers.size(), byStatus, ownerSignsIn);
    }
}
