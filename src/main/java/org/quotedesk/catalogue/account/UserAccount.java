package org.quotedesk.catalogue.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.quotedesk.catalogue.BaseEntity;

/** An account that can sign in; quarkus-security-jpa checks its bcrypt password. */
@Entity
@Table(name = "app_user")
@UserDefinition
public class UserAccount extends BaseEntity {

    @Username
    @Column(nullable = false, length = 100, unique = true)
    public String username;

    @Password(PasswordType.MCF)
    @Column(nullable = false, length = 100)
    public String password;

    /** Comma-separated: {@code editor}, or {@code admin,editor}. */
    @Roles
    @Column(nullable = false, length = 100)
    public String roles;

    /** A disabled account cannot sign in. */
    @Column(nullable = false)
    public boolean enabled = true;

    /** Moves on when the account's sessions must end: sign-out, a new password, disabling it. */
    @Column(name = "session_epoch", nullable = false)
    public int sessionEpoch;

    /** Ends every open session of the account: their cookies carry the epoch before. */
    public void endSessions() {
        sessionEpoch++;
    }

    public static UserAccount create(String username, String clearPassword, String roles) {
        UserAccount user = new UserAccount();
        user.username = username;
        user.password = BcryptUtil.bcryptHash(clearPassword);
        user.roles = roles;
        user.persist();
        return user;
    }

    public static UserAccount findByUsername(String username) {
        return find("username", username).firstResult();
    }
}
