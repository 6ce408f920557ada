package io.okrscorecard.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.schema.TableNameConverter;

/**
 * Names tables as Jira's AO plugin does: {@code AO_} + the last 6 hex digits of md5(namespace) + {@code _} + the
 * {@code @Table} name, for the namespace {@code io.okrscorecard} of the {@code <ao>} module.
 */
public final class JiraTableNames implements TableNameConverter {

    public static final String NAMESPACE = "io.okrscorecard";
    public static final String PREFIX = prefixOf(NAMESPACE);

    private final TableNameConverter delegate = new AtlassianTableNameConverter(name -> PREFIX + "_" + name);

    @Override
    public String getName(Class<? extends RawEntity<?>> entity) {
        return delegate.getName(entity);
    }

    static String prefixOf(String namespace) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(md5);
            return ("AO_" + hex.substring(hex.length() - 6)).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
