package io.okrscorecard.store;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import net.java.ao.Accessor;
import net.java.ao.RawEntity;

/** An entity that answers its getters from a column map, so that mappers are tested without a database. */
final class FakeRows {

    private FakeRows() {}

    static <T extends RawEntity<?>> T of(Class<T> entity, Map<String, Object> columns) {
        Object proxy =
                Proxy.newProxyInstance(entity.getClassLoader(), new Class<?>[] {entity}, (self, method, args) -> {
                    if (method.getName().equals("getID")) {
                        return 1;
                    }
                    Accessor accessor = method.getAnnotation(Accessor.class);
                    if (accessor == null) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    Object value = columns.get(accessor.value());
                    return value == null ? defaultOf(method) : value;
                });
        return entity.cast(proxy);
    }

    private static Object defaultOf(Method method) {
        Class<?> type = method.getReturnType();
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0;
        }
        if (type == boolean.class) {
            return false;
        }
        return null;
    }
}
