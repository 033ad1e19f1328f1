using Spectre.Console.Cli;

namespace Tupu.Cli.Infrastructure;

/// <summary>The smallest registrar Spectre.Console.Cli needs: instances and types, constructor injection.</summary>
internal sealed class TypeRegistrar : ITypeRegistrar
{
    private readonly Dictionary<Type, Func<object>> _factories = [];

    public void Register(Type service, Type implementation) => _factories[service] = () => Create(implementation);

    public void RegisterInstance(Type service, object implementation) => _factories[service] = () => implementation;

    public void RegisterLazy(Type service, Func<object> factory) => _factories[service] = factory;

    public ITypeResolver Build() => new Resolver(this);

    private object Create(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters()
            .Select(p => _factories.TryGetValue(p.ParameterType, out var factory) ? factory() : Create(p.ParameterType))
            .ToArray();
        return constructor.Invoke(arguments);
    }

    private sealed class Resolver(TypeRegistrar registrar) : ITypeResolver
    {
        public object? Resolve(Type? type)
        {
            if (type is null)
            {
                return null;
            }

            if (registrar._factories.TryGetValue(type, out var factory))
            {
                return factory();
            }

            // Spectre asks for IEnumerable<T> of optional services (interceptors, help providers): none registered.
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            {
                return Array.CreateInstance(type.GetGenericArguments()[0], 0);
            }

            return type.IsAbstract || type.IsInterface ? null : registrar.Create(type);
        }
    }
}
