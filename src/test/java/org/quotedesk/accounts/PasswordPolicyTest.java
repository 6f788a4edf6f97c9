package org.quotedesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    /** "a" and "password1234" were accepted as the first admin's password before. */
    @ParameterizedTest
    @ValueSource(strings = {"a", "short", "password1234", "Passw0rd!2024", "P@ssw0rd1234", "123456789012",
        "789012345678", "aaaaaaaaaaaa", "abcabcabcabc", "qwertyuiop12", "letmein12345", "welcome-2024!",
        "adminadmin12", "zyxwvutsrqpo"})
    void guessableOrShortPasswordsAreRefused(String password) {
        assertThat(PasswordPolicy.problem(password, "someone")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a long enough password", "correct horse battery staple", "lantern-harbour-quiet-42",
        "Kq8-vR2m_ZxT4pLw", "été à Sète, 2022"})
    void passwordsNobodyGuessesFirstAreAccepted(String password) {
        assertThat(PasswordPolicy.problem(password, "someone")).isEmpty();
    }

    @Test
    void thePasswordMayNotHoldTheUserName() {
        assertThat(PasswordPolicy.problem("my name is jdoe, ok", "jdoe")).contains("must not contain the user name");
    }

    /** bcrypt reads 72 bytes: before, two passwords sharing them were the same password. */
    @Test
    void aPasswordOverBcryptsSeventyTwoBytesIsRefused() {
        assertThat(PasswordPolicy.problem("x".repeat(40) + " and then some more words here!", "someone")).isEmpty();
        assertThat(PasswordPolicy.problem("harbour lantern ".repeat(5), "someone").orElseThrow())
                .contains("at most 72 bytes");
        assertThat(PasswordPolicy.problem("é".repeat(37), "someone").orElseThrow()).contains("at most 72 bytes");
    }
}
