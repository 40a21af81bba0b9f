package fr.messagerie.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.NormalScope;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * In a cluster a session travels between instances ({@code <distributable/>}): every bean of a
 * passivating scope (session, conversation, flow, view) and everything it holds must serialize.
 * Weld checks the bean classes at deployment, not what their fields hold; this test does, for every
 * such bean of the application: a field is fine if it is transient, an injected normal-scoped bean
 * (a serializable proxy), or a value whose type serializes all the way down.
 */
class SessionStateSerializableTest {

    @Test
    void everyBeanKeptInASessionHoldsOnlySerializableState() throws Exception {
        List<Class<?>> beans = passivatingBeans();
        assertThat(beans).as("beans of passivating scopes found").hasSizeGreaterThan(5);

        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Field field : transientInjections(bean)) {
                problems.add(
                        where(field)
                                + ": a transient injection is null once the session has moved"
                                + " to another instance (Weld does not inject again)");
            }
            for (Field field : stateFields(bean)) {
                if (field.isAnnotationPresent(Inject.class)) {
                    if (!injectable(field.getType())) {
                        problems.add(where(field) + ": injects a bean that would be serialized");
                    }
                } else {
                    notSerializable(field.getGenericType(), new HashSet<>())
                            .ifPresent(type -> problems.add(where(field) + ": holds " + type));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The first type reachable from {@code type} that would not serialize, if any. */
    private static Optional<String> notSerializable(Type type, Set<Type> seen) {
        if (!seen.add(type)) {
            return Optional.empty();
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (!Collection.class.isAssignableFrom(raw)
                    && !Map.class.isAssignableFrom(raw)
                    && !Serializable.class.isAssignableFrom(raw)) {
                return Optional.of(raw.getName());
            }
            for (Type argument : parameterized.getActualTypeArguments()) {
                Optional<String> found = notSerializable(argument, seen);
                if (found.isPresent()) {
                    return found;
                }
            }
            return ownFields(raw, seen);
        }
        if (!(type instanceof Class<?> raw)) {
            return Optional.empty(); // a type variable: checked where it is bound
        }
        if (raw.isPrimitive() || raw.isEnum()) {
            return Optional.empty();
        }
        if (raw.isArray()) {
            return notSerializable(raw.getComponentType(), seen);
        }
        if (!Serializable.class.isAssignableFrom(raw)) {
            return Optional.of(raw.getName());
        }
        return ownFields(raw, seen);
    }

    /** The application's own classes are followed field by field; the JDK's are trusted. */
    private static Optional<String> ownFields(Class<?> raw, Set<Type> seen) {
        if (!raw.getName().startsWith("fr.messagerie.")) {
            return Optional.empty();
        }
        for (Field field : stateFields(raw)) {
            if (field.isAnnotationPresent(Inject.class)) {
                continue;
            }
            Optional<String> found = notSerializable(field.getGenericType(), seen);
            if (found.isPresent()) {
                return Optional.of(found.get() + " (through " + where(field) + ")");
            }
        }
        return Optional.empty();
    }

    /** Normal-scoped beans are injected as serializable client proxies. */
    private static boolean injectable(Class<?> type) {
        if (type == FacesContext.class || type == ExternalContext.class) {
            return true; // request-scoped beans of the Faces implementation
        }
        for (Annotation annotation : type.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(NormalScope.class)) {
                return true;
            }
        }
        return Serializable.class.isAssignableFrom(type);
    }

    private static List<Field> transientInjections(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isTransient(field.getModifiers())
                        && field.isAnnotationPresent(Inject.class)) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static List<Field> stateFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers)
                        && !Modifier.isTransient(modifiers)
                        && !field.isSynthetic()) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static String where(Field field) {
        return field.getDeclaringClass().getSimpleName() + "." + field.getName();
    }

    private static List<Class<?>> passivatingBeans() throws IOException, URISyntaxException {
        Path classes =
                Path.of(
                        UserMessages.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file)
                                .toString()
                                .replace('/', '.')
                                .replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, UserMessages.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                if (passivating(type)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }

    private static boolean passivating(Class<?> type) {
        for (Annotation annotation : type.getAnnotations()) {
            NormalScope scope = annotation.annotationType().getAnnotation(NormalScope.class);
            if (scope != null && scope.passivating()) {
                return true;
            }
        }
        return false;
    }
}
