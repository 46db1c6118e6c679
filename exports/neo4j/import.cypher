// Load kg's neo4j/*.csv with LOAD CSV: copy the CSV files into Neo4j's import folder,
// then run this file (cypher-shell -f import.cypher, or paste it into Neo4j Browser).
CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT kg_article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
LOAD CSV WITH HEADERS FROM 'file:///nodes_AidTeam.csv' AS row
CREATE (:Entity:`AidTeam` {id: row.`id:ID`, name: row.name, aliases: CASE WHEN row.`aliases:string[]` IS NULL OR row.`aliases:string[]` = '' THEN [] ELSE split(row.`aliases:string[]`, ';') END, mention_count: toInteger(row.`mention_count:int`), code: coalesce(row.code, ''), inferred: row.`inferred:boolean` = 'true', roles: CASE WHEN row.`roles:string[]` IS NULL OR row.`roles:string[]` = '' THEN [] ELSE split(row.`roles:string[]`, ';') END});
LOAD CSV WITH HEADERS FROM 'file:///nodes_Article.csv' AS row
CREATE (:Article {id: row.`id:ID`, title: row.title, source: row.source, index: toInteger(row.`index:int`), start: toInteger(row.`start:int`), end: toInteger(row.`end:int`)});
LOAD CSV WITH HEADERS FROM 'file:///nodes_City.csv' AS row
CREATE (:Entity:`City` {id: row.`id:ID`, name: row.name, aliases: CASE WHEN row.`aliases:string[]` IS NULL OR row.`aliases:string[]` = '' THEN [] ELSE split(row.`aliases:string[]`, ';') END, mention_count: toInteger(row.`mention_count:int`), code: coalesce(row.code, ''), inferred: row.`inferred:boolean` = 'true', roles: CASE WHEN row.`roles:string[]` IS NULL OR row.`roles:string[]` = '' THEN [] ELSE split(row.`roles:string[]`, ';') END});
LOAD CSV WITH HEADERS FROM 'file:///nodes_Country.csv' AS row
CREATE (:Entity:`Country` {id: row.`id:ID`, name: row.name, aliases: CASE WHEN row.`aliases:string[]` IS NULL OR row.`aliases:string[]` = '' THEN [] ELSE split(row.`aliases:string[]`, ';') END, mention_count: toInteger(row.`mention_count:int`), code: coalesce(row.code, ''), inferred: row.`inferred:boolean` = 'true', roles: CASE WHEN row.`roles:string[]` IS NULL OR row.`roles:string[]` = '' THEN [] ELSE split(row.`roles:string[]`, ';') END});
LOAD CSV WITH HEADERS FROM 'file:///nodes_County.csv' AS row
CREATE (:Entity:`County` {id: row.`id:ID`, name: row.name, aliases: CASE WHEN row.`aliases:string[]` IS NULL OR row.`aliases:string[]` = '' THEN [] ELSE split(row.`aliases:string[]`, ';') END, mention_count: toInteger(row.`mention_count:int`), code: coalesce(row.code, ''), inferred: row.`inferred:boolean` = 'true', roles: CASE WHEN row.`roles:string[]` IS NULL OR row.`roles:string[]` = '' THEN [] ELSE split(row.`roles:string[]`, ';') END});
LOAD CSV WITH HEADERS FROM 'file:///nodes_Event.csv' AS row
CREATE (:Entity:`Event` {id: row.`id:ID`, name: row.name, aliases: CASE WHEN row.`aliases:string[]` IS NULL OR row.`aliases:string[]` = '' THEN [] ELSE split(row.`aliases:string[]`, ';') END, mention_count: toInteger(row.`mention_count:int`), code: coalesce(row.code, ''), inferred: row.`inferred:boolean` = 'true', roles: CASE WHEN row.`roles:string[]` IS NULL OR row.`roles:string[]` = '' THEN [] ELSE split(row.`roles:string[]`, ';') END});
LOAD CSV WITH HEADERS FROM 'file:///nodes_GovernmentAgency.csv' AS row
CREATE (:Entity:`GovernmentAgency` {id: row.`id:ID`, name: row.name, aliases: CASE WHEN row.`aliases:string[]` IS NULL OR row.`aliases:string[]` = '' THEN [] ELSE split(row.`aliases:string[]`, ';') END, mention_count: toInteger(row.`mention_count:int`), code: coalesce(row.code, ''), inferred: row.`inferred:boolean` = 'true', roles: CASE WHEN row.`roles:string[]` IS NULL OR row.`roles:string[]` = '' THEN [] ELSE split(row.`roles:string[]`, ';') END});
LOAD CSV WITH HEADERS FROM 'file:///nodes_Hospital.csv' AS row
CREATE (:Entity:`Hospital` {id: row.`id:ID`, name: row.name, aliases: CASE WHEN row.`aliases:string[]` IS NULL OR row.`aliases:string[]` = '' THEN [] ELSE split(row.`aliases:string[]`, ';') END, mention_count: toInteger(row.`mention_count:int`), code: coalesce(row.code, ''), inferred: row.`inferred:boolean` = 'true', roles: CASE WHEN row.`roles:string[]` IS NULL OR row.`roles:string[]` = '' THEN [] ELSE split(row.`roles:string[]`, ';') END});
LOAD CSV WITH HEADERS FROM 'file:///nodes_MedicalAlliance.csv' AS row
CREATE (:Entity:`MedicalAlliance` {id: row.`id:ID`, name: row.name, aliases: CASE WHEN row.`aliases:string[]` IS NULL OR row.`aliases:string[]` = '' THEN [] ELSE split(row.`aliases:string[]`, ';') END, mention_count: toInteger(row.`mention_count:int`), code: coalesce(row.code, ''), inferred: row.`inferred:boolean` = 'true', roles: CASE WHEN row.`roles:string[]` IS NULL OR row.`roles:string[]` = '' THEN [] ELSE split(row.`roles:string[]`, ';') END});
LOAD CSV WITH HEADERS FROM 'file:///nodes_Organization.csv' AS row
CREATE (:Entity:`Organization` {id: row.`id:ID`, name: row.name, aliases: CASE WHEN row.`aliases:string[]` IS NULL OR row.`aliases:string[]` = '' THEN [] ELSE split(row.`aliases:string[]`, ';') END, mention_count: toInteger(row.`mention_count:int`), code: coalesce(row.code, ''), inferred: row.`inferred:boolean` = 'true', roles: CASE WHEN row.`roles:string[]` IS NULL OR row.`roles:string[]` = '' THEN [] ELSE split(row.`roles:string[]`, ';') END});
LOAD CSV WITH HEADERS FROM 'file:///nodes_Person.csv' AS row
CREATE (:Entity:`Person` {id: row.`id:ID`, name: row.name, aliases: CASE WHEN row.`aliases:string[]` IS NULL OR row.`aliases:string[]` = '' THEN [] ELSE split(row.`aliases:string[]`, ';') END, mention_count: toInteger(row.`mention_count:int`), code: coalesce(row.code, ''), inferred: row.`inferred:boolean` = 'true', roles: CASE WHEN row.`roles:string[]` IS NULL OR row.`roles:string[]` = '' THEN [] ELSE split(row.`roles:string[]`, ';') END});
LOAD CSV WITH HEADERS FROM 'file:///nodes_Policy.csv' AS row
CREATE (:Entity:`Policy` {id: row.`id:ID`, name: row.name, aliases: CASE WHEN row.`aliases:string[]` IS NULL OR row.`aliases:string[]` = '' THEN [] ELSE split(row.`aliases:string[]`, ';') END, mention_count: toInteger(row.`mention_count:int`), code: coalesce(row.code, ''), inferred: row.`inferred:boolean` = 'true', roles: CASE WHEN row.`roles:string[]` IS NULL OR row.`roles:string[]` = '' THEN [] ELSE split(row.`roles:string[]`, ';') END});
LOAD CSV WITH HEADERS FROM 'file:///nodes_PrimaryCareFacility.csv' AS row
CREATE (:Entity:`PrimaryCareFacility` {id: row.`id:ID`, name: row.name, aliases: CASE WHEN row.`aliases:string[]` IS NULL OR row.`aliases:string[]` = '' THEN [] ELSE split(row.`aliases:string[]`, ';') END, mention_count: toInteger(row.`mention_count:int`), code: coalesce(row.code, ''), inferred: row.`inferred:boolean` = 'true', roles: CASE WHEN row.`roles:string[]` IS NULL OR row.`roles:string[]` = '' THEN [] ELSE split(row.`roles:string[]`, ';') END});
LOAD CSV WITH HEADERS FROM 'file:///nodes_Program.csv' AS row
CREATE (:Entity:`Program` {id: row.`id:ID`, name: row.name, aliases: CASE WHEN row.`aliases:string[]` IS NULL OR row.`aliases:string[]` = '' THEN [] ELSE split(row.`aliases:string[]`, ';') END, mention_count: toInteger(row.`mention_count:int`), code: coalesce(row.code, ''), inferred: row.`inferred:boolean` = 'true', roles: CASE WHEN row.`roles:string[]` IS NULL OR row.`roles:string[]` = '' THEN [] ELSE split(row.`roles:string[]`, ';') END});
LOAD CSV WITH HEADERS FROM 'file:///nodes_Province.csv' AS row
CREATE (:Entity:`Province` {id: row.`id:ID`, name: row.name, aliases: CASE WHEN row.`aliases:string[]` IS NULL OR row.`aliases:string[]` = '' THEN [] ELSE split(row.`aliases:string[]`, ';') END, mention_count: toInteger(row.`mention_count:int`), code: coalesce(row.code, ''), inferred: row.`inferred:boolean` = 'true', roles: CASE WHEN row.`roles:string[]` IS NULL OR row.`roles:string[]` = '' THEN [] ELSE split(row.`roles:string[]`, ';') END});
LOAD CSV WITH HEADERS FROM 'file:///nodes_PublicHealthAgency.csv' AS row
CREATE (:Entity:`PublicHealthAgency` {id: row.`id:ID`, name: row.name, aliases: CASE WHEN row.`aliases:string[]` IS NULL OR row.`aliases:string[]` = '' THEN [] ELSE split(row.`aliases:string[]`, ';') END, mention_count: toInteger(row.`mention_count:int`), code: coalesce(row.code, ''), inferred: row.`inferred:boolean` = 'true', roles: CASE WHEN row.`roles:string[]` IS NULL OR row.`roles:string[]` = '' THEN [] ELSE split(row.`roles:string[]`, ';') END});
LOAD CSV WITH HEADERS FROM 'file:///nodes_Township.csv' AS row
CREATE (:Entity:`Township` {id: row.`id:ID`, name: row.name, aliases: CASE WHEN row.`aliases:string[]` IS NULL OR row.`aliases:string[]` = '' THEN [] ELSE split(row.`aliases:string[]`, ';') END, mention_count: toInteger(row.`mention_count:int`), code: coalesce(row.code, ''), inferred: row.`inferred:boolean` = 'true', roles: CASE WHEN row.`roles:string[]` IS NULL OR row.`roles:string[]` = '' THEN [] ELSE split(row.`roles:string[]`, ';') END});
LOAD CSV WITH HEADERS FROM 'file:///nodes_University.csv' AS row
CREATE (:Entity:`University` {id: row.`id:ID`, name: row.name, aliases: CASE WHEN row.`aliases:string[]` IS NULL OR row.`aliases:string[]` = '' THEN [] ELSE split(row.`aliases:string[]`, ';') END, mention_count: toInteger(row.`mention_count:int`), code: coalesce(row.code, ''), inferred: row.`inferred:boolean` = 'true', roles: CASE WHEN row.`roles:string[]` IS NULL OR row.`roles:string[]` = '' THEN [] ELSE split(row.`roles:string[]`, ';') END});
LOAD CSV WITH HEADERS FROM 'file:///rels_affiliatedWith.csv' AS row
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
CREATE (a)-[:`affiliatedWith` {title: coalesce(row.title, ''), evidence: CASE WHEN row.`evidence:string[]` IS NULL OR row.`evidence:string[]` = '' THEN [] ELSE split(row.`evidence:string[]`, ';') END, articles: CASE WHEN row.`articles:string[]` IS NULL OR row.`articles:string[]` = '' THEN [] ELSE split(row.`articles:string[]`, ';') END}]->(b);
LOAD CSV WITH HEADERS FROM 'file:///rels_assists.csv' AS row
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
CREATE (a)-[:`assists` {title: coalesce(row.title, ''), evidence: CASE WHEN row.`evidence:string[]` IS NULL OR row.`evidence:string[]` = '' THEN [] ELSE split(row.`evidence:string[]`, ';') END, articles: CASE WHEN row.`articles:string[]` IS NULL OR row.`articles:string[]` = '' THEN [] ELSE split(row.`articles:string[]`, ';') END}]->(b);
LOAD CSV WITH HEADERS FROM 'file:///rels_cooperatesWith.csv' AS row
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
CREATE (a)-[:`cooperatesWith` {title: coalesce(row.title, ''), evidence: CASE WHEN row.`evidence:string[]` IS NULL OR row.`evidence:string[]` = '' THEN [] ELSE split(row.`evidence:string[]`, ';') END, articles: CASE WHEN row.`articles:string[]` IS NULL OR row.`articles:string[]` = '' THEN [] ELSE split(row.`articles:string[]`, ';') END}]->(b);
LOAD CSV WITH HEADERS FROM 'file:///rels_dispatches.csv' AS row
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
CREATE (a)-[:`dispatches` {title: coalesce(row.title, ''), evidence: CASE WHEN row.`evidence:string[]` IS NULL OR row.`evidence:string[]` = '' THEN [] ELSE split(row.`evidence:string[]`, ';') END, articles: CASE WHEN row.`articles:string[]` IS NULL OR row.`articles:string[]` = '' THEN [] ELSE split(row.`articles:string[]`, ';') END}]->(b);
LOAD CSV WITH HEADERS FROM 'file:///rels_holdsPosition.csv' AS row
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
CREATE (a)-[:`holdsPosition` {title: coalesce(row.title, ''), evidence: CASE WHEN row.`evidence:string[]` IS NULL OR row.`evidence:string[]` = '' THEN [] ELSE split(row.`evidence:string[]`, ';') END, articles: CASE WHEN row.`articles:string[]` IS NULL OR row.`articles:string[]` = '' THEN [] ELSE split(row.`articles:string[]`, ';') END}]->(b);
LOAD CSV WITH HEADERS FROM 'file:///rels_issues.csv' AS row
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
CREATE (a)-[:`issues` {title: coalesce(row.title, ''), evidence: CASE WHEN row.`evidence:string[]` IS NULL OR row.`evidence:string[]` = '' THEN [] ELSE split(row.`evidence:string[]`, ';') END, articles: CASE WHEN row.`articles:string[]` IS NULL OR row.`articles:string[]` = '' THEN [] ELSE split(row.`articles:string[]`, ';') END}]->(b);
LOAD CSV WITH HEADERS FROM 'file:///rels_leads.csv' AS row
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
CREATE (a)-[:`leads` {title: coalesce(row.title, ''), evidence: CASE WHEN row.`evidence:string[]` IS NULL OR row.`evidence:string[]` = '' THEN [] ELSE split(row.`evidence:string[]`, ';') END, articles: CASE WHEN row.`articles:string[]` IS NULL OR row.`articles:string[]` = '' THEN [] ELSE split(row.`articles:string[]`, ';') END}]->(b);
LOAD CSV WITH HEADERS FROM 'file:///rels_locatedIn.csv' AS row
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
CREATE (a)-[:`locatedIn` {title: coalesce(row.title, ''), evidence: CASE WHEN row.`evidence:string[]` IS NULL OR row.`evidence:string[]` = '' THEN [] ELSE split(row.`evidence:string[]`, ';') END, articles: CASE WHEN row.`articles:string[]` IS NULL OR row.`articles:string[]` = '' THEN [] ELSE split(row.`articles:string[]`, ';') END}]->(b);
LOAD CSV WITH HEADERS FROM 'file:///rels_memberOf.csv' AS row
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
CREATE (a)-[:`memberOf` {title: coalesce(row.title, ''), evidence: CASE WHEN row.`evidence:string[]` IS NULL OR row.`evidence:string[]` = '' THEN [] ELSE split(row.`evidence:string[]`, ';') END, articles: CASE WHEN row.`articles:string[]` IS NULL OR row.`articles:string[]` = '' THEN [] ELSE split(row.`articles:string[]`, ';') END}]->(b);
LOAD CSV WITH HEADERS FROM 'file:///rels_mentions.csv' AS row
MATCH (a:Article {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
CREATE (a)-[:`mentions` {title: coalesce(row.title, ''), evidence: CASE WHEN row.`evidence:string[]` IS NULL OR row.`evidence:string[]` = '' THEN [] ELSE split(row.`evidence:string[]`, ';') END, articles: CASE WHEN row.`articles:string[]` IS NULL OR row.`articles:string[]` = '' THEN [] ELSE split(row.`articles:string[]`, ';') END}]->(b);
LOAD CSV WITH HEADERS FROM 'file:///rels_organizes.csv' AS row
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
CREATE (a)-[:`organizes` {title: coalesce(row.title, ''), evidence: CASE WHEN row.`evidence:string[]` IS NULL OR row.`evidence:string[]` = '' THEN [] ELSE split(row.`evidence:string[]`, ';') END, articles: CASE WHEN row.`articles:string[]` IS NULL OR row.`articles:string[]` = '' THEN [] ELSE split(row.`articles:string[]`, ';') END}]->(b);
LOAD CSV WITH HEADERS FROM 'file:///rels_partOf.csv' AS row
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
CREATE (a)-[:`partOf` {title: coalesce(row.title, ''), evidence: CASE WHEN row.`evidence:string[]` IS NULL OR row.`evidence:string[]` = '' THEN [] ELSE split(row.`evidence:string[]`, ';') END, articles: CASE WHEN row.`articles:string[]` IS NULL OR row.`articles:string[]` = '' THEN [] ELSE split(row.`articles:string[]`, ';') END}]->(b);
LOAD CSV WITH HEADERS FROM 'file:///rels_servesIn.csv' AS row
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
CREATE (a)-[:`servesIn` {title: coalesce(row.title, ''), evidence: CASE WHEN row.`evidence:string[]` IS NULL OR row.`evidence:string[]` = '' THEN [] ELSE split(row.`evidence:string[]`, ';') END, articles: CASE WHEN row.`articles:string[]` IS NULL OR row.`articles:string[]` = '' THEN [] ELSE split(row.`articles:string[]`, ';') END}]->(b);
