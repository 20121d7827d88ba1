using System.Reflection;
using KpoSdk.Contracts;
using KpoSdk.Knowledge.Contracts;

namespace KpoSdk.Tests.Contracts;

/// <summary>
/// The shared declaration reader recognises the contract attributes and their named arguments by
/// the names in <see cref="ContractAttributeNames"/> (it cannot load the runtime); each name must be
/// that of a real type or property here, or a rename would silently switch a check off.
/// </summary>
public sealed class ContractAttributeNamesTests
{
    [Theory]
    [InlineData(ContractAttributeNames.ServiceLevelContract, typeof(ServiceLevelContractAttribute))]
    [InlineData(ContractAttributeNames.CoverageWindow, typeof(CoverageWindowAttribute))]
    [InlineData(ContractAttributeNames.ResponseTime, typeof(ResponseTimeAttribute))]
    [InlineData(ContractAttributeNames.ResolutionTime, typeof(ResolutionTimeAttribute))]
    [InlineData(ContractAttributeNames.RequiresCredential, typeof(RequiresCredentialAttribute))]
    [InlineData(ContractAttributeNames.RequiresLanguage, typeof(RequiresLanguageAttribute))]
    [InlineData(ContractAttributeNames.ServiceOffering, typeof(ServiceOfferingAttribute))]
    public void Each_attribute_name_is_the_runtime_type(string name, Type type)
    {
        Assert.Equal(name, type.Name);
        Assert.Equal(ContractAttributeNames.Namespace, type.Namespace);
    }

    [Fact]
    public void The_metadata_name_is_the_contract_attribute()
    {
        Assert.Equal(ContractAttributeNames.ServiceLevelContractMetadataName, typeof(ServiceLevelContractAttribute).FullName);
    }

    [Theory]
    [InlineData(ContractAttributeNames.Client, typeof(ServiceLevelContractAttribute))]
    [InlineData(ContractAttributeNames.DeliveredFrom, typeof(ServiceLevelContractAttribute))]
    [InlineData(ContractAttributeNames.DeliveredFrom, typeof(ServiceOfferingAttribute))]
    [InlineData(ContractAttributeNames.Clients, typeof(ServiceOfferingAttribute))]
    [InlineData(ContractAttributeNames.Clock, typeof(ResponseTimeAttribute))]
    [InlineData(ContractAttributeNames.Clock, typeof(ResolutionTimeAttribute))]
    [InlineData(ContractAttributeNames.Warnings, typeof(ResponseTimeAttribute))]
    [InlineData(ContractAttributeNames.Warnings, typeof(ResolutionTimeAttribute))]
    [InlineData(ContractAttributeNames.GrantedIn, typeof(RequiresCredentialAttribute))]
    public void Each_named_argument_is_a_settable_property(string name, Type type)
    {
        var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
        Assert.NotNull(property);
        Assert.True(property.CanWrite, $"{type.Name}.{name} cannot be set in an attribute.");
    }
}
