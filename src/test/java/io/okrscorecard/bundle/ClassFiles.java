package io.okrscorecard.bundle;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The two facts of a class file the bundle ITs check, read from its bytes (JVM Specification, Java SE 21, 4.1 "The
 * ClassFile Structure" and 4.4 "The Constant Pool"): the major version, and every UTF-8 constant (class names,
 * descriptors and signatures, string literals), which is where every reference to another class is spelled out.
 */
record ClassFiles(int majorVersion, List<String> utf8Constants) {

    static ClassFiles read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IllegalArgumentException("not a class file");
            }
            in.readUnsignedShort();
            int major = in.readUnsignedShort();
            int count = in.readUnsignedShort();
            List<String> utf8 = new ArrayList<>();
            for (int index = 1; index < count; index++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8.add(in.readUTF());
                    case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        index++;
                    }
                    default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
                }
            }
            return new ClassFiles(major, List.copyOf(utf8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The constants that name a class of the package, in internal ({@code a/b/C}) or dotted ({@code a.b.C}) form. */
    List<String> referencesTo(String packageName) {
        String internal = packageName.replace('.', '/') + "/";
        String dotted = packageName + ".";
        return utf8Constants.stream()
                .filter(constant -> constant.contains(internal) || constant.contains(dotted))
                .toList();
    }
}
