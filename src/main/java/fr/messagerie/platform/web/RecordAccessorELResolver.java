package fr.messagerie.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a record's components in pages, as Jakarta EL 6 will: {@code #{row.reference}} and {@code
 * #{row.reference()}} both call the accessor. Jakarta EL 5 (Jakarta EE 10) knows only JavaBeans
 * getters, so pages called accessors as methods, and its bean resolver looks every such call up
 * with {@code Class.getMethods()} (an array copied at each call): a twenty-card list made two
 * hundred of them per request. Here each record type's accessors are listed once. Only public
 * records, and only their components: any other property or method is left to the resolvers after
 * this one.
 */
public class RecordAccessorELResolver extends ELResolver {

    private static final ClassValue<Map<String, Method>> ACCESSORS =
            new ClassValue<>() {
                @Override
                protected Map<String, Method> computeValue(Class<?> type) {
                    if (!type.isRecord() || !reachable(type)) {
                        return Map.of();
                    }
                    return Stream.of(type.getRecordComponents())
                            .map(RecordComponent::getAccessor)
                            .collect(
                                    Collectors.toUnmodifiableMap(
                                            Method::getName, Function.identity()));
                }
            };

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method accessor = accessor(base, property);
        if (accessor == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return read(accessor, base);
    }

    @Override
    public Object invoke(
            ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (params != null && params.length > 0) {
            return null;
        }
        Method accessor = accessor(base, method);
        if (accessor == null) {
            return null;
        }
        context.setPropertyResolved(base, method);
        return read(accessor, base);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        Method accessor = accessor(base, property);
        if (accessor == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        // A record component cannot be set: no type to convert a submitted value to.
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (accessor(base, property) != null) {
            context.setPropertyResolved(base, property);
            throw new PropertyNotWritableException(
                    base.getClass().getSimpleName() + "." + property + " is a record component");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property) == null) {
            return false;
        }
        context.setPropertyResolved(base, property);
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? String.class : null;
    }

    /** A public type all of whose enclosing types are public: its accessors can be called. */
    private static boolean reachable(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static Method accessor(Object base, Object property) {
        if (base == null || !(property instanceof String name)) {
            return null;
        }
        return ACCESSORS.get(base.getClass()).get(name);
    }

    private static Object read(Method accessor, Object base) {
        try {
            return accessor.invoke(base);
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
    }
}
