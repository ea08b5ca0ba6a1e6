import { hedgedSourcing } from "@/lib/assist/hedged-sourcing";

describe("hedgedSourcing", () => {
  it.each([
    ["The deal was signed, according to people familiar with the matter.", "according to people familiar with the matter"],
    ["A person directly familiar with his thinking said no.", "person directly familiar with his thinking"],
    ["The company reportedly lost $2 billion.", "reportedly"],
    ["He allegedly took bribes.", "allegedly"],
    ["Analysts say the merger will fail.", "Analysts say"],
    ["Sources said the minister would resign.", "Sources said"],
    ["The plan, according to a person who saw it, is ready.", "according to a person who"],
    ["It is understood that talks have stalled.", "It is understood"],
    ["It’s understood the bid was withdrawn.", "It’s understood"],
    ["Officials who spoke on condition of anonymity confirmed it.", "Officials who spoke on condition of anonymity"],
    ["The actor is said to be furious.", "is said to"],
    ["She is rumoured to be leaving.", "is rumoured to"],
    ["Rumours swirled that he would quit.", "Rumours swirled"],
    ["The striker was rumored to be injured.", "was rumored to"],
    ["According to two senior officials, the strike was delayed.", "According to two senior officials"],
    ["A source close to the family denied it.", "A source close to"],
    ["An unnamed official told reporters the data was wrong.", "unnamed official"],
    ["The aide, who asked not to be named, disputed that.", "asked not to be named"],
    ["He was not authorized to speak publicly.", "not authorized to speak"],
    ["There are reports that the factory will close.", "There are reports"],
    ["Critics argue the tax will hurt families.", "Critics argue"],
    ["People briefed on the talks said a deal is close.", "People briefed on"],
  ])("flags %j", (sentence, phrase) => {
    expect(hedgedSourcing(sentence)).toBe(phrase);
  });

  it.each([
    "The Labor Department reported 4.1% unemployment in May.",
    "Senator Warren said the bill would pass.",
    "Our sources of energy are changing.",
    "She was sourced by the agency in 2019.",
    "The familiarity of the tune helped.",
    "Background checks are required in 22 states.",
    "I said it on the record.",
    "The report says unemployment fell.",
    "",
  ])("leaves %j alone", (sentence) => {
    expect(hedgedSourcing(sentence)).toBeNull();
  });

  it("is case-insensitive and returns the earliest phrase as written", () => {
    expect(hedgedSourcing("REPORTEDLY, sources said he left.")).toBe("REPORTEDLY");
    expect(hedgedSourcing("He left, sources said, reportedly at night.")).toBe("sources said");
  });

  it("respects word boundaries", () => {
    expect(hedgedSourcing("The unreportedly named file.")).toBeNull();
    expect(hedgedSourcing("Resources said the opposite.")).toBeNull();
    expect(hedgedSourcing("Whatsoever said")).toBeNull();
  });
});
