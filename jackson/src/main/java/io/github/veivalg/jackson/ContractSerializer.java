package io.github.veivalg.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.util.function.Function;

/**
 * Writes a value as the plain maps and lists the contract gives for it, so that the contract's
 * shape is defined once (in {@link io.github.veivalg.json.JsonContract} or {@link ContractMaps}) and
 * Jackson only writes it out.
 */
final class ContractSerializer<T> extends StdSerializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient Function<T, Object> toContract;

    ContractSerializer(Class<T> type, Function<T, Object> toContract) {
        super(type);
        this.toContract = toContract;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        provider.defaultSerializeValue(toContract.apply(value), generator);
    }
}
