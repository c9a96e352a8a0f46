import LuaKit

extension Organisation {
    /// The organisation as formats see it, `s.organisation` (see `Scripts/circle.d.lua`):
    /// `{ name = …, support = { employee_assistance = …, occupational_health = …,
    /// wellbeing_champions = { … }, safeguarding_lead = …, other = { … } } }`; missing entries
    /// are absent, lists empty. The teams are not passed: a format has `s.team`.
    var luaValue: LuaValue {
        func text(_ value: String?) -> LuaValue { value.map { .string(LuaString($0)) } ?? .nil }
        func list(_ values: [String]) -> LuaValue { .table(LuaTable(array: values.map { .string(LuaString($0)) })) }
        var support = LuaTable()
        support["employee_assistance"] = text(self.support.employeeAssistance)
        support["occupational_health"] = text(self.support.occupationalHealth)
        support["wellbeing_champions"] = list(self.support.wellbeingChampions)
        support["safeguarding_lead"] = text(self.support.safeguardingLead)
        support["other"] = list(self.support.other)
        var table = LuaTable()
        table["name"] = .string(LuaString(name))
        table["support"] = .table(support)
        return .table(table)
    }
}
