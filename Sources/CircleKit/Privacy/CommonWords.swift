// Word lists for the anonymiser's name flagging. Generated once from wordfreq's English
// frequency list (the most frequent 40,000 words) kept only where the word is also a lowercase
// entry in Debian's British English dictionary (so "david" or "keisha" are not here, "will" and
// "grace" are), with common contractions; `nameLike` is the part of that list that is also a
// frequent given name or surname (US census lists plus a UK supplement), trimmed of words that are
// far more often ordinary words in social-work writing ("case", "court", "ward", "best").

/// Word lists used by ``Anonymiser`` to decide which capitalised words look like names.
enum CommonWords {
    /// Common English words, lowercased. A capitalised word at the start of a sentence is
    /// flagged only when it is not in this list.
    static let common: Set<String> = words(commonText)

    /// Common words that are also frequent names ("will", "grace", "brown"). Capitalised in the
    /// middle of a sentence they are flagged even though they are common words.
    static let nameLike: Set<String> = words(nameLikeText)

    static func words(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }

    private static let commonText = """
the to and of a in i is for that you it on with this was be as are have at he not by but from my or we an your
all so his they me if one can will just like about up out what has when more do no were who had their there
her which time get been would she new people how don't some also them now other i'm its our than good only
after first him into know see two make over think any then could back these us want because go well said way
most much very where even should may here need really did right work year years being day too going before off
why made still take got many never those life say world down great through you're last s while best such love
man home long look something use can't same used both every am come part state three around between always
better find help high little old since another does own things under during game i've thing give house place
school again next each without against didn't end found must show big feel sure team ever family keep might
please put money free second someone away left number city days lot name night play until company doing few
let real called different having set thought done however getting god government group looking public top
women business care start system times week already anything case nothing person today change enough
everything full live making point read told yet bad doesn't four hard mean once support tell including music
power seen states stop water based believe call head men national small took white came far job side though
try went yes actually later less line order party run says service country open season shit thank children
everyone general they're trying united using area black d following law makes together war whole car face five
kind maybe per president story working course games health hope important least means news within able book
early friends i'll information local oh post t thanks video young ago others social talk court fact given guys
half hand isn't level mind often single become body coming control death food guy hours office pay problem
south true we're almost fuck history known large lost m research room several started taking university win
wrong along anyone else girl john matter pretty remember air bit friend hit needs nice playing probably saying
understand yeah class close comes i'd idea international looks past possible wanted b cause due happy human
members months move question r series wait woman ask community data late leave north saw special watch won't c
either fucking future light low million morning police short stay taken age buy deal rather reason red report
soon third turn whether among check development form further heart minutes myself services yourself act
although asked child fire fun living major media phone players art behind building easy gonna market near non
plan political quite six talking west works according available e education final former front kids list ready
sometimes son street wasn't bring college current example experience heard meet program type baby chance
father march process song study word across action clear gave gets himself month outside self students words
board cost cut field held instead main moment mother road seems thinking town wants department energy fight
fine force hear issue played points price re rest results running shows space summer term wife beautiful date
goes killed land miss project sex shot site strong you'll account especially eyes include parents period
position record similar total w above club common died film happened knew lead likely military perfect
personal security share won x county couple dead happen hold industry inside issues online player private
problems return rights sense star test view weeks break companies event higher hour l member middle needed
present result sorry takes training wish wouldn't answer boy design finally girls gold gone guess interest
king learn policy society added alone average bank brought certain church east hands hot longer medical movie
original park performance press received role sent themselves tried worked worth areas became bill books cool
director exactly giving ground meeting n provide questions relationship sound source usually value evidence
follow lives official production rate reading round save stand stuff tax whatever amount blue countries drive
eat fall fast federal feeling felt green league management match model p picture size step trust you've
central changes forward groups hey key o page paid range review science trade upon various attention brother
cannot character chief cup football hate haven't led looked lower natural property quality send style u vote
amazing august blood china complete dog economic hell involved itself language lord oil related serious stage
terms title add article attack born couldn't damn decided decision enjoy entire french kill met perhaps poor
release situation technology turned website written choice code considered continue council cover currently
door election events f financial foreign hair increase legal lose pick race seem seven sign simple simply
staff super union walk bed began built career changed crazy daily daughter die difficult figure hospital knows
loss modern ones paper parts popular published safe starting systems version voice whose writing army earth
forget goal h huge internet listen okay practice rules sea sir success towards v waiting ways access aren't
base below created deep followed la mark missing offer pass professional released risk schools sleep table ten
truth ball box build card cases dark district mine minister note percent piece products recent seeing straight
visit wall wanna we've wrote allowed boys culture etc fans gives growth included married officer pain places
respect response river rock shall speak specific standard tonight write y album century charge cold create
effect eight except eye funny ii limited moving network peace provided recently required sales spent store
student tomorrow track via watching weight addition ahead allow anti association beat brown capital committee
conference difference double expect gas island moved normal plans population potential pressure radio station
text treatment western ass beginning campaign certainly completely content credit cross described despite
female focus g hi husband ice individual interesting j join kept leading loved message miles nearly particular
previous quickly region reported section sort speed travel consider contact drop fair feet kid link positive
sale throughout tour welcome absolutely additional beyond conditions earlier extra forces immediately jobs
leaving minute nature numbers quick sell significant studies unless winning agree clean computer construction
episode income justice levels manager movement photo posted safety scene sold sounds spend statement sun teams
ability announced asking calling coach collection continued costs definitely designed expected gun happens
heavy includes knowledge particularly search subject train wide wow author centre claim dad developed fear fit
generally global goals gotta hotel interested judge lady leader letter lines material named nobody opportunity
plus product regular secretary sister stories unit workers annual anymore bar battle brain contract degree
families features finished floor growing hurt image insurance majority meant opening opinion physical pro
reach rule seriously sports stupid successful active administration approach biggest cancer civil dance
direction independent master none reasons ship stock trump weekend wonder worst awesome band beach cash
clearly commercial compared effort ended fan fighting imagine impact lack latest learning multiple older
operation passed pictures protect secret senior spring telling wear activities address analysis anyway bought
calls choose commission competition details direct dream easily finish grand increased k literally luck
marriage names necessary patients resources rich skin speaking supposed sweet thus touch yesterday caught
closed congress damage directly disease doctor doubt drink driving established feels fish gay glad greater
grow largest machine notice overall planning professor programs records reports shown sit trip associated
basic captain carry cars crime effective effects explain fully highly holding japan laws male parties plant
reality smith spot we'll winter worse advice agreement ain't award block broken caused challenge characters
comment equipment eventually helped holy killing lived lots nation otherwise peter prices primary purpose
rates responsible shop showing sick teacher theory uses agency avoid camera catch cell coast comments drug
economy environment executive foot hall mass meaning mission nine officers operations politics pop produced
ran status therefore trial truly weather activity app application claims coffee complex condition division
evening flight freedom google heat highest interview library located location murder offered putting queen
seconds showed sitting standing stars walking accept actual appear attempt broke channel distance eating
exchange fat fell finding glass learned losing mobile northern opened placed powerful prior protection reached
receive religious ride royal screen serve signed slow species speech traffic tree types vs wearing whom
wonderful agreed airport animals appears begin benefits bottom cities demand engine everybody famous ideas
investment keeping lie notes partner plays raised runs sad solution songs sources southern square stopped
structure traditional twice wind worry appeared becomes brand bus cent count covered critical digital forced
fourth fresh lake mental mentioned missed mostly mouth owner photos previously remain scale score separate
smart starts surface throw tom totally twitter views wedding you'd acting actions arms benefit budget click
estate failed faith fashion feature fund generation hearing hill jack larger metal mid profile pull push
returned rose seat seemed sexual shouldn't target understanding village agent animal apply authority basis
becoming draw dude employees enter ex follows foundation gain individuals leaders memory prime projects ring
rise selling served silver soul spread supply waste weird adult apparently artist chairman edition engineering
grade happening healthy institute method mike nations obviously option prison provides remains senate smaller
somebody stone strength users wild window winner arrived bag bet camp cast continues correct dangerous ed
extremely firm greatest handle improve indeed leaves movies negative prevent removed spirit television till
trouble videos advantage apart aware cat customers decide dinner dollars eastern fifth function gift helping
herself impossible influence items marketing materials nor produce progress proud require shooting shut
standards tells thinks van wood background birth bridge carried classes completed concept copy dear dogs drugs
efforts garden host housing inc journal leadership length lucky neither onto patient possibly prove rare
setting skills software thousands tough units ad alive apple balance birthday bitch boss cards changing
connection dress easier fellow horse knowing liked magic managed map net owned request stick they've turns
vehicle volume wake aid beauty believed billion busy buying cells concerned conversation corner criminal
cultural develop driver ends existing farm file fix fly frank guide images investigation operating paying
presented raise responsibility roll slightly suggest surprise technical thoughts treat unique variety violence
weapons yours youth appreciate bigger breaking discovered dry edge evil excited forever funds helps injury
iron lovely mad magazine martin models offers ordered parliament prepared reference religion sites somewhere
stated strategy teachers web wine accounts arm audience bay blog closer core democratic description dropped
excellent exist figures forms guard honest issued joined lee lies likes medicine mention mountain nuclear
orders port presence reaction reduce shoot sides solid sport steps stress taste tea victory afternoon
assistant citizens classic clothes decisions electric emergency entered entirely facts failure festival flat
fuel harry hello houses ill initial introduced kick links mail massive matters pair picked pieces plane plenty
prince proper providing quarter regional session shape sky teaching toward transfer upper useful valley
watched willing windows zone accident advanced alternative anywhere articles awards bear boat bringing
capacity cheap climate communities discussion drinking duty fantastic feelings flying governor hasn't hundred
industrial joint mix museum options path plants policies promise proposed purchase rain remove signs spending
steel supporting terrible they'll tired treated turning vice warm afraid arts beer border command crew crowd
dating dick elements enemy ensure environmental filled fixed forest intelligence intended labour limit moon
ocean powers profit proof republican soldiers suit wins appearance attorney banks bodies brothers buildings
chair creating debt domestic expensive grew historical homes honestly jump launch listed minimum native noted
originally planned ray sets suddenly supreme survey tech trees update user writer yellow younger ancient
attacks charges combined communication connected contains download email ending exercise express flow formed
girlfriend hero illegal increasing joke loan methods officials performed planet relationships restaurant
selected shared shopping soft stuck sugar suggested supported surprised taught transport weren't accepted
adding affairs allows appeal applied appropriate artists ca confirmed device drama entry era factor feed
golden grant grown heads hoping keeps lawyer legs lying measures mistake ms platform pool pulled regarding
relations requires route saved schedule scientific shoes smoke squad teach testing tests values walked abuse
angry businesses candidate comfortable concern developing discuss elections emotional everywhere facilities
falling fox guns hole holiday interests internal jersey laugh leg letters liberal listening loves lunch max
milk pack payment perform recorded relatively sector sharing snow storm streets strike studio sub weak actor
advance apartment chain chapter committed confidence cook cute equal fake finance focused hits identity
journey kitchen leads maintain measure mm numerous owners posts properties quiet revealed specifically split
task taxes twenty urban acts affected aircraft applications approved approximately argument arrested claimed
conflict considering corporate debate determined distribution documents escape extended factors faster fault
fill films flowers friendly ladies lay lights millions mixed phase properly pure reduced requirements
residents revenue sat secure smile strange talent temperature thousand tony troops truck votes ah authorities
basically besides bird blame bob bowl causes chicken collected context coverage determine display dying
elected examples experienced falls false fired forgot funding identified iii incredible inspired launched ma
meat ministry mode neck noticed novel obvious passing positions remaining scored shirt shots slowly stadium
stores surgery trading vision whenever worried zero allowing begins champion charged cream crisis delivered
editor estimated giant jail kingdom literature mayor minor moments opposite orange ourselves pages remained
selection serving signal stream struggle suicide talked theme tiny typically unfortunately usual vehicles
voted voting walls wave alcohol assembly breakfast bright brings capable carrying chosen combination
conservative customer cutting desire destroyed draft drunk essential fail familiar finds granted guilty humans
hundreds id improved largely laughing markets medium opportunities papers perfectly recommend referred
relevant seek sending solo spoke stands talks ticket unable upset wing answers birds bomb creative cycle
dealing directed don educational entertainment extreme facility fields goods hang holds info mainly maximum
newspaper offering painting republic reserve returns row salt scared shares statistics switch territory threat
tickets wales adults affect appointed armed aside assistance bell blow bond boyfriend careful circumstances
communications concerns controlled corporation cry danger deals delivery deserve devices dollar dreams empty
enjoyed explained faces folks fucked gender instance kinda matches mile motion moves nick pacific prize
reasonable receiving register resolution rural saving sees singing tools typical universe warning wars admit
attitude branch conducted decades dedicated definition drawing flag frame guest ha heaven independence
institutions it'll kiss load plot possibility random recovery rent replace represent reviews scenes seeking
senator sentence teeth tips trained understood academic academy accurate achieve afford assume bottle bunch
category chat cheese chemical competitive detail diet em favourite fruit harder he'd index item lane mess navy
normally occurred opposition parent permanent personally pleasure prefer programme representative scheme shift
stood storage tank tend tight transportation ultimately unlike weekly yard anybody assets basketball button
candidates combat constitution consumer counter creation crown crying defined depending depression describe
drivers employment exclusive excuse expert frequently golf grace hopefully identify importance laid latter
manufacturing mining object partners pattern performing personnel perspective pregnant premier promote q
revolution rooms severe sleeping suppose tool tournament turkey victim victims agents amazon arrest attend ban
brilliant carbon catholic chose circle concert crash declared deliver depth deputy dirty doctors earned
electronic error existence experiences expression factory headed interior joy legislation maintenance manner
mate matt nearby noise origin panel personality plate practices prepare relief replaced resistance retail rice
roads roof shame ships somewhat staying stronger surely tip updated writers absolute advertising agencies
baseball bathroom bible cable calm championship checked client constant dates degrees democrats doors driven
dumb empire exciting expansion he'll heavily hide incident linked manage messages multi politicians print quit
refused reporting sight significantly sing soviet weapon wet widely worldwide ages anniversary attractive bike
broad burn cake causing closely constantly contest deaths depends drawn fees hardly hat height hidden invited
letting loud marine motor officially peak portion pounds princess protein puts raw reform regions represented
respond retirement sample seats secondary solar somehow stayed suffering tries ultimate unknown wondering
attached attacked automatically balls battery bills blind breath brief chest conduct debut decade destroy
differences engaged experts expressed external fantasy ft grab immediate introduction license paint pilot pink
presidential principal registered regularly representatives rising seasons shipping singer smoking steam
suffered survive tall theatre therapy witness adopted aim campus cap chances childhood clinical clubs comedy
commander comparison covers defeat defence democracy detailed entitled exact exposed fed fee injured kinds
lets loans lock musical nose objects opposed plastic protected purposes quote recording semi statements
suspect swear techniques tie trend valuable wealth wise yards aged approval aspects attempts bread burning
champions contain convention dancing document eggs employee engineer equivalent facing fairly fingers ford
founded functions gang graduate hanging inner islands lift marked memories miller monthly mountains operate
outstanding permission porn racing recommended regulations reply republicans rid roman scientists shoulder
shower solutions sons stations tower tradition visited visual wheel achieved admitted appointment authors
barely bush cabinet celebrate challenges chocolate coal colour contemporary criticism effectively extensive
faced filed formation fought gained gallery highway historic hunt improvement inch initially junior jury marks
monster obtained philosophy pride promised repeat returning riding rough settlement smell sought speaker
studied suggests surrounding tone topic universal vast visitors wanting auto consistent continuing earn exists
finger grey guitar heading ignore involving meal meanwhile meetings naturally necessarily offices pants
partnership payments percentage pocket practical primarily proved rape regardless relative represents rescue
resulting rush sessions sharp soccer stable structures supplies symptoms temporary tested trick attended audio
bone bullshit chamber chart circuit clothing complicated confused consequences defend divided everyday extent
fishing format gap gate gotten harm healthcare household immigration impressive joining killer lesson limits
loving managers membership mirror mount nights occur parking proposal province purchased recognition
reputation rolling shortly situations strongly tears technique thin tied z accused adventure argue assessment
atmosphere awful bedroom belief bound breaks carefully cats choices closing cloud contrast courses courts drew
egg element elsewhere establish extension files founder gear hills hip hitting increases infrastructure
locations loose machines moral offensive pa package pointed poverty processes processing qualified railway
reaching ridiculous sensitive server shock silence soldier superior supporters thick threw tons transition
violent voters wash acid actress administrative alongside angel anxiety babies bars bonus castle charity
clients compare contained cooking covering curious directors discovery discussed duke encourage enforcement
featuring finals flash formal formula fort governments gross horses hungry informed innocent losses minds
mistakes mystery networks palace passes penalty pet phones photography producing protest publication rating
refer respectively scheduled select silent spoken successfully suffer temple tracks trail uncle unusual waters
woods yo arrival asks assault awareness badly bath captured chase components concrete deeply expectations
explanation exposure featured fiction guarantee happiness hearts horrible ideal injuries jimmy legend
lieutenant mini mood muscle passion picking pleased procedure producer pushing rank replacement retired roles
sand savings settled shadow singles tag tape thread visiting wage we'd wings avenue bags beating believes
blocks boring checking clock commissioner commitment confident containing copies crimes custom denied desk
drinks ear electricity episodes farmers grounds gym helpful horror label locked naked opens output persons
pitch pizza plain pushed raising rear reveal romantic scores sisters speaks stages strategic swimming welfare
winners wire worker afterwards alright android anger architecture assist attempted behalf belt capture
ceremony comic cops cuts designer diamond disappointed dressed economics efficient electrical employed
enjoying entering essentially establishment expecting explains flower ghost guests handed hockey hunting
industries judges kit lab languages maps min nervous newly odd op ordinary participate prayer principles
racist rarely references sexy skill soil solve stomach struck studying suck supports trash ugly virus walker
whoever amounts aspect banned boost bureau colonel comfort controls cousin crack deck demands dies dragon
dramatic dust engineers evolution foods hired illness inspiration institution kings knife lately lowest
memorial minority mum opinions patterns presents priority promotion rail readers remote repair root saint
steal stolen telephone tho titles trans ups vol whereas abandoned acquired actors alliance annoying bid buddy
buried butter cares conclusion confirm congratulations contracts convinced crap crystal dean decent decline
delay describes desert downtown elite enemies forgotten forth gods hadn't hire hop hopes insane installed
landing layer managing marry nowhere nurse obtain organic ownership participants poetry pot pray printed
recall rugby sake sheet signing smooth spiritual stops string sudden throwing thrown vacation abroad assigned
associate assumed bench bother broadcast bye citizen cleaning compete consists consumers contributed cricket
critics damaged disaster discover entrance equally fallen figured fitness friendship handling idiot intense
keys lawyers lifetime liquid makeup medal mortgage narrative narrow observed occasionally pan physics posting
potentially reduction reflect refuse researchers resource roger sciences serves shell silly subsequent they'd
towns translation visible yep adds amendment angle arrive belong bishop channels commonly connect defensive
designs efficiency enterprise experiment females findings firms forum gifts grass hence increasingly
incredibly iv jay journalist kicked lessons lists maintained mill mo occasion oxford pace passenger pen pope
possession pp races rapid regulation resident rocks shaped sixth spin styles subjects sucks suitable thirty
valid vital whilst agriculture alleged bands collect commerce cop creek currency emotions exhibition fraud
funeral genuine honey honour hook hunter immigrants improving instructions introduce km lands legacy log
merely monitor prisoners programming publishing ratio regret rejected remind resort resulted reverse routine
scary seed settle sin spell summary survival sword tongue ward waves achievement argued asleep automatic begun
behaviour cents coat comprehensive consent daddy destruction diseases divorce doc drove ears engage
extraordinary fate frequency gaming gene glory headquarters heritage initiative interviews juice landscape
logic meets objective organisation privacy procedures profits reducing regard representing residence roughly
salary scoring script searching sections strip surrounded threatened transferred tube universities would've
writes ambassador apps awarded banking breast cant chemistry concluded consumption corruption cotton crossed
discount dozen engines epic exception exit expand fancy gorgeous grateful heroes holes impression inches
indicate input josh knock leather lips luxury lyrics manufacturers masters movements operated ought outcome
painted poll preferred pulling ranked referring removal rep reporter risks rob screaming sequence stretch tear
tennis terrorist ties twelve versions virgin voices wishes wolf absence agricultural ate athletes bears blues
boxes bull cameras commonwealth contribute contribution contributions couples delicious deny deserves ease
extend fame flood generated genetic glasses impressed indicated instant investors involves kills liberty maria
ministers monitoring occurs passengers photographs principle producers progressive punishment rally rapidly
reader representation restaurants reveals roots samples shops sum swing tail texts twin upcoming veterans
alert arena arguments billy boom boots brave claiming column commit compensation composition computers
conservation constitutional crossing defending density difficulty dropping drops elementary ethnic expenses
fleet foster fundamental gen genius greatly guidance hospitals infection intention jokes knee mechanical parks
participation periods precious pregnancy premium preparing pretend priest prominent proven radical remembered
requested residential reward rings robin satellite shake shore spots stats struggling substantial teen
temperatures transmission trap uniform wildlife wooden ads aggressive answered apparent bang blast bones
brands centuries communist complaint component connections courage cure desperate diversity duties encouraged
eve faculty feedback fighter frozen guards hiding humanity innovation instruments invest jacket legislative
listing manual mothers murdered nursing occupied ongoing operator painful pound preparation punch purple
railroad registration releases rick romance submitted sufficient survived suspended technologies tissue
trailer trends trials underground versus virtual walks wounded amongst announcement arranged arsenal attending
attracted biological bite blocked boards burned categories checks chip concerning dare database define
discrimination disorder distributed districts documentary domain dynamic edited engagement explore favour
fewer footage giants grave implementation investigate jazz laboratory literary mask midnight mouse packed
piano praise presentation psychology relation restrictions rocket ruin sec secrets slave stability steady
stones symbol terminal toilet treaty triple unlikely updates viewed affair agenda bat bow calendar cape
collective conversations cooperation craft darkness deeper devil edit enable equity estimates failing
finishing fortune gates goodbye hardware hurts intellectual invite involvement mi nuts partly petition phrase
physically protecting racial rated regime rivers rounds ruled sauce seal separated shield similarly slide stem
summit talented throat tiger touched toy visits warriors wisdom accounting alien attacking awkward beast beef
candy carrier celebration celebrity certificate cited clay coaching colleagues constructed dated default
derived dialogue disabled distinct drag educated eligible estimate execution existed fifty followers fool
framework franchise funded furniture generations guaranteed integrated intelligent interaction jet journalists
lifestyle lighting loop mall overseas performances polish recommendations recover regarded relax reliable rely
remarkable responses ruling sacrifice sole stopping strategies succeed tables tale targets timing ton
volunteers witnesses wore worship worthy acted alarm bass bloody breathing butt characteristics collaboration
con consideration counts creates crucial daughters dependent discussions drives dual equipped expanded
experimental feeding filter galaxy globe grades gulf highlights hoped intent involve judgment knight logo
mature odds peaceful photographer pin prevention printing promoting publicly pump repeated replied requests
revenge satisfied seeds signals slip spaces spare specialist stocks stranger submit surprising tap threats
tourism volunteer acceptable allies attempting auction bonds challenging chaos churches cm composed
concentration copper corp corps counting credits dawn dispute earnings editing executed firing fits frequent
gardens gathered hilarious huh ignored improvements investments margin mars mechanism moderate opera overcome
parallel passage pit psychological publications quest radiation shocked sized stroke stunning tanks topics
trains treating tune utility vessel weed wherever acquisition addressed angels anime announce autumn backed
bold borders breathe choosing classical classified clip coaches coins concepts conspiracy controversy convince
cooper disappeared eh encounter equality exam examination fails federation fiscal guardian homeless instrument
intervention lover mainstream menu mounted mutual nope occasions oral panic pays peoples pursue realise
refugees removing requirement responded rip ruined scope segment spectrum stays terror uh venture virtually
waited warren worn yea accompanied aids aimed alpha approaches arguing arrangement beliefs boats boundaries
brick colleges considerable conventional designated emperor employers enormous errors focusing forgive gains
garage gathering guidelines handled hosted inquiry inspector jumped khan lion loaded lonely maintaining
measured mercy nevertheless newspapers outer oxygen pipe pissed poem powder powered promises quotes racism
ratings reads recovered refers rude screw seventh shelter signature sooner spider strikes suggesting suits
toys tracking tribute trigger vary venue wages wells wheels ye abortion accuracy applying artificial belongs
beneath bitcoin bullet burns celebrated consistently conversion copyright counties democrat deposit
destination dirt diverse divine emails exclusively export fastest formerly functional gather grandfather habit
indicates isolated jealous knocked landed laughed lazy mama modified municipal naval neutral noble oldest pat
picks popularity professionals pussy reactions relate robot sacred securities shoe speakers springs spy
suggestions supplied suspension terrorism terry toxic treasury tunnel unions upgrade warrant wider wound
actively applies arrangements asset assuming backing baker blessed brush burden carries casual certified
charter chef civilian coalition cock complain complaints controversial describing differently directions
discipline discussing disgusting dominant earning essay expense explaining furthermore graphic healing hiring
hosts implemented instantly invasion jumping laptop legendary maker opponents outdoor palm photograph pole pub
quarters rangers ranks reception recipe regulatory reviewed rolls rubber secured serial settings shed snake
sponsored stealing strict subsequently substance suggestion syndrome tasks trips ultra unexpected usage worlds
accidentally affordable amateur appeals bearing beats bin biology bobby briefly canal cancelled cheaper climb
competing completion cruise custody delete demonstrated departure developers developments dig eagles employer
explosion fever fluid folk generate handsome ho holidays hotels imagination integration integrity
interpretation leaf legitimate lightning loads longest magical mills motivation nasty outfit pension permit
plates pleasant portrait productive reminds reserves safely shirts shorter slight socialist streaming sue
targeted tension theories touching transactions twist ugh unemployment unity useless viewers winds woke
abilities advocate aims arc backup beaten bitter blown branches campaigns chips clever clinic closest
collections continuous converted correctly creator creatures criteria declined detective difficulties
disability dish duck evaluation excess farming fence fighters flights forcing forming gradually gravity habits
highlight holder hood hung identical imperial investigations ken legally lied listened males manufacturer
meters nail negotiations nonsense operational owns phoenix playoffs poet quoted relating repeatedly rolled
scientist sink skip slavery snap sorts souls stole swim transaction transformation veteran vulnerable wealthy
additionally attract beta blowing bored bronze bug caring catching cave cheating chronic cleared communicate
convicted cultures dealt delayed demonstrate departments depend developer diagnosis dismissed distinguished
dose eighth experiments fa flesh flip forty generous hated hr implement incorporated influenced kidding laser
loyal marijuana mentally missions occupation opponent paintings patch patience pointing pollution precisely
prisoner privilege proposals protests punk radar regards relatives resist solely stepped striking terrorists
tourist transit trucks trusted vessels villa volumes websites wireless wondered wrap wright yoga adopt
airlines albums anytime bacteria beings beside blade boot bottles bucks bulk camps cargo census coastal coin
commentary confusion congressional corn cried customs dealer deemed destiny distant electronics emerging
emotion emphasis ethics excitement exploration fights filling filming graphics insight invested it'd lit mar
meals nerve nightmare operators overnight partially participating pie platforms populations poster practically
preserve produces qualify raid ram ranging ranking receives respective restricted routes sandy scenario sheep
situated slaves spotted spreading sustainable sustained taxi themes threatening tobacco trace trapped turner
uncomfortable wasted weakness widespread accepting accessible acknowledge advised advisory animation
assignment balanced bare basement bases battles bias bits cancel carpet ceiling cherry chill classification
clue codes collapse collecting compound conscious consecutive contents costume deleted devoted displayed
dominated earl endless escaped examine floating garbage gospel grain grid grows heating identification knees
lap lions liver metro metropolitan mines mixture nominated oak parliamentary patent perception physician
proceed proceedings pupils reserved restore rifle rival rs runner sadly she'd she'll shoulders significance
sits sizes slept soap spray stored stressed structural suite tropical unnecessary verse victor vintage warned
acres adapted adoption anonymous approaching artistic attendance aviation barrel beds beloved bless boxing
celebrating charging chemicals chuck cinema colonial comics compliance contrary controlling corporations couch
crush dam decrease defeated diabetes dressing expanding fears fires genre gentle grammar illustrated invented
jam layers lease lens licensed loyalty magnetic metres monsters mysterious notion partial piss placing
propaganda rat reflection reminded resolve revolutionary scandal shine simultaneously substitute surveillance
tactics testimony treasure trophy tweet underlying unfair villages acceptance accidents affects annually
appreciated approached arriving ash aunt bubble buyers casino charts clouds connecting counsel creature deadly
decides desired determination embrace emerged exhibit flew gentleman gm hammer hosting icon imposed indigenous
infinite installation inter interactions introducing kicking laying legislature liability makers marathon
marvel moreover organisations ours parade paradise perceived planes politician preliminary premiere presidency
reaches react realistic remarks retain rocky saints satisfaction scratch shade sheets sheriff shy sometime
spirits sporting strictly sunshine teens thou tier travelling vocal warrior worries yield accomplished
admission adventures appearing bacon barrier believing blacks bombs burst caps casting cattle cc classroom
colours compromise convenient criminals crop earthquake elderly eliminate embarrassing farmer finest grants
hates incidents inform ion lesbian lovers mathematics medication minded par podcast portfolio productivity
promoted protocol quietly replacing responsibilities salad scholarship screening sends smiling soup southeast
stake stating strain suspected swift tackle tigers timeline torture traded translated tricks twins urgent
vegetables vertical violation wallet welsh workshop wrapped aboard abstract accent addiction associates awake
beam beans binding blank buffalo commons conservatives contacts conviction corrupt cow curve depressed
deserved dining disorders duration encouraging farms fifteen flows genes graduated grandmother harsh heights
horn hurry immune inflation ingredients inspection install instruction intensity inventory investigated
invitation judicial justify lakes lean lecture libraries logical mason meaningful migration missile motivated
muscles northwest nurses organ patrol pearl peer pepper pig pile plug provision releasing requiring revised
rod scream stairs staring statistical sticks strangers succeeded sweat switched tattoo teenage thunder tours
tragedy trauma wrestling zoo accordance acquire activist activists addresses alike applicable arrow
availability aw bend boundary breach cabin cage chancellor cheers circles closet combine companion comparing
consciousness consultant controller corresponding courtesy damages demanding disc dishes dozens eagle eaten
embassy engaging fascinating financing fitted flexible gaining gentlemen goodness guilt haven helicopter
homework households hp infected keen lesser liberals lip mandatory manufactured mechanics mere miracle mud
observation operates owe permitted phenomenon playoff precise profession prospect protective providers
publisher reportedly retreat rookie sandwich seeks sentences separation sexually ski skilled sterling surgeon
theft um understands valve visa washing adjacent agreements appreciation athletic banner blew blocking brad
charm chasing climbing colony complaining cookies cruel curriculum deadline deer delta demanded dive divide
electoral eleven entity excessive exercises feminist governing ham heal interface journalism jungle linear mg
occasional oriented pilots prayers predicted pressed preventing prof provisions pursuit rap reflected reminder
restored resume rev ridge scholars sealed sounded streams strongest tends tribe unfortunate variable worrying
xi zones ace adjusted alternate arrives artwork athlete attraction babe bankruptcy canon capabilities cared
chains closure cognitive competitors convert cooked ct cups deciding defender dental diplomatic divisions drum
editorial enabled entertaining est establishing eternal freeze generic grandma grip handful happily harmony
humble hurting hybrid intentions investing keyboard lasting locally loses mild minimal mixing molecular
nearest noon nowadays openly overview pairs parish pathetic poems possibilities potato potter preference
promising proportion purchases rage reflects respected restoration selfish sergeant silk stamp throne thy urge
voter wasting witch advantages ally archives array assisted backs belly booth breakdown bridges brutal
calculated cam centres chapters citizenship civilians cliff conflicts consensus cycling declaration derby
distinction donations dragons draws examined facial faithful fatal fig fitting genuinely hardest hunger
hurricane implications import innovative jurisdiction laughter lemon lifted loading lung matching mighty
monetary novels nutrition ore outcomes pine polls poorly pose pour proteins provider publish purely rental
resolved rewards sang seemingly senators severely shark shocking southwest studios survivors tales technically
titled traditions unlimited washed watches advise anxious appearances bee bombing challenged cigarettes
consisting cult dairy darling delighted delivering destroying diary disagree disappear drill earliest edges
entries euro evolved exports fixing fl flags flies forecast fr governance heated hug importantly indicating
indoor influential intend invisible jeans jets lasted lawsuit leak lighter mentions meter mice musicians olive
passionate potatoes prevented receiver recommendation riot rogers roster safer sells sentenced servant setup
should've skull slot smash statue surprisingly surrender suspicious teenager tender thoroughly treatments
tweeted vacuum variations vi wont acknowledged advances agrees allegations anticipated approve architect basin
beneficial bleeding breed breeding bride bud butler careers cartoon celebrities chick coke comparable
confirmation console contractor contributing diameter dump duo dynamics elephant enhanced essays exhausted
fabric fabulous fairy fathers focuses fold freak frustrated gambling gently glorious grief historically hub
inevitable investigating kg labels lacking laughs layout lined lodge lords merchant merit myth objectives
obsessed organised overwhelming pale particles pastor penalties permanently pets pockets poison predict
presenting presidents pressing prints provincial raped realised rebel repairs rotation separately shaking
societies solved starring struggles subtle tastes throws toll tooth torn tragic trainer transformed
unbelievable underneath variation viewing viral warehouse wears widow wives adjust administrator affecting
allied altogether animated answering assess assumption assured avoided avoiding basket beard blanket brains
bucket burger capability charming chiefs commented computing concentrate conducting consequence continent
cookie curse displays drain emissions ethical excellence flame forests freely fruits grabbed graduation hint
horizon hostile imagined inhabitants ink inn intel kicks legends lo magazines matrix measuring miserable
momentum monkey motorcycle nationwide nest nicely ninth nomination notable obligation optical outlook penny
petty ports preserved programmes prospects publishers quantity quantum rainbow rebels recognised reed reign
responding retained rises saves scan scare sectors shorts span submission sunny supporter testament toe tops
tremendous valued wounds accommodation achievements addressing adorable allegedly ambulance ashamed assure
ballot batteries blessing cemetery chambers cheat cheer cigarette compact completing consulting cooling
corners could've deficit demo demon demonstration detected detection doll donated elaborate elder encountered
expertise exploring filmed fried grocery guided guinea halfway happier heels hull independently indication
insisted instances intensive interactive intimate laundry lbs lifting martial northeast observe packing panels
password politically presumably pretending priorities pronounced prosecution proves pulse purchasing qualities
queens rational realm reforms revenues rides ripped rope shadows shout sierra smartphone specified spectacular
streak subscription switching technological temporarily tolerance tourists traditionally treats unhappy whites
yup accomplish adequate alter apology attributed beg belonging booked bout bowling brass buzz comeback crops
declare designers detect diagnosed diesel dimensions dip disturbing dot dresses effectiveness eliminated
embarrassed exceptional filing fled foul frankly freezing graph hack hatred ignorant influences interact
judging knights lamp limitations majesty measurement measurements median medieval mobility murders orientation
oven passport penis pills planets proceeds rabbit raises ranges rats retire rhythm savage servers shook
shooter siblings slim someday sophisticated spam speeds stack stance static subway supportive surgical symbols
tablet tent thesis tide travels warfare warming weekends withdraw withdrawal youngest aging airline
alternatives argues audit authentic backwards blonde blows bolt brooks bugs bust clearing clips collar comply
cope counted crashed creepy cum divorced donate drawings dried echo editors emotionally enhance experiencing
extending finale floors freaking gloves hart ignorance ignoring immigrant induced inspiring intermediate
invention joins joking likewise lineup magnificent mathematical meantime nails newest nonetheless nut o'clock
opposing origins physicians pipeline placement planted pricing pt questioning recreation renewed resigned
shallow shanghai shitty sins sketch smells soda spite sponsor strengthen strings sunset thanksgiving thee
thermal trades transform witnessed workplace yelling achieving aliens analyst arctic assists burnt buyer
calories cannabis cease championships chapel cloth conferences considers container cowboys crushed deployed
differ dimensional eager elect elevated essence executives flames fork fur harvest headline hype identifying
impacts insist junk kidney ladder lobby mechanisms mineral mob modest motors mph navigation orbit paragraph
passive peninsula pill pork profitable provinces ranch rays reasonably reject remainder schemes screens seized
semester sentiment servants shipped socks suited supplement surviving thereby threshold tin tires tribal
tribes trunk uncertainty vampire varied verdict abandon accommodate accordingly aesthetic algorithm altered
anchor arch associations audiences axis badge bizarre bounce broadcasting bullets buses cannon carol carriers
chairs cleaned complexity confusing consultation continental convenience deliberately diamonds dictionary
dignity dimension disappointing diving ego enthusiasm environments equation extract ferry fisher flexibility
flowing fridge functioning fusion gauge goat graduates gut heck helmet holders ideology idiots inclusion
initiatives innings insects instructor isolation justified keeper lamb liar machinery mansion mercury namely
needing nerves observations ordering paths peers pending platinum possess praised premises probability
questioned refuses resignation rider ritual ruins shelf slam stakes starter sticking subscribe superman
surfaces territories tire towers transfers utterly voltage warn width workout activated adaptation advisor
apartments attitudes attorneys bail barriers belonged broader buck cal contractors creativity dealers delicate
den desires disappointment disk enters evaluate formally frames goddess gov harassment hats insert legit
liquor loser massage matched messed musician nephew notably orchestra oz packages pad participated precision
preservation priests privately prizes pulls qualifying reasoning relaxed reporters roses sail salmon secretly
seller sheer shifts smallest specially stark struggled sympathy tan teenagers theoretical thumb timber
transparent tweets upside urged visitor vitamin void voluntary wheat whip wipe wolves wrist abused acute
admiral arrange banana behave betting borrow camping capitol chin civic clerk conclusions considerably
contacted cottage coup crude dash decreased defended demons deposits disclosure disposal distinctive
documented donation dragged drone encounters ensuring enterprises escort exams firmly flour holdings indirect
inspire institutional interim interviewed jerk kindly kindness leaked locals lottery magnitude minus noting
nude organs outlet outlets parameters pause pledge portal prescription protesters proving publicity punished
puppy recruitment screwed shades silicon slice spelling spurs subscribers surveys survivor telegraph tits
vaccine vinyl wished wonders accurately affiliate asylum barn bent cathedral clause cluster complained
compounds consistency cracked cylinder dancer deaf debts denial digging dock entrepreneur evident expectation
expedition expressing extends facilitate failures feat fossil founding freight generating goddamn guides
honesty inappropriate infant initiated injection instrumental insult interference interstate launching liking
mates neat negotiate obligations offset outbreak pal perfection pigs pirates posters praying probe prohibited
projected propose quarterly recipes recruiting refusing rehabilitation resistant riders robots rockets roller
sailing shapes skinny slipped sneak solving sore spark speculation steep straw successor targeting triggered
troubles uncertain upload vector violations weigh whatsoever wicked absent acoustic adapt ancestors archive
atomic bean bicycle bump buttons cart circus cocaine colleague compelling compiled complications construct
cord crowded dale debates defendant delays dense desperately doctrine expose financially freshman furious
geography gig habitat harbour hazard hydrogen implies intact intake irrelevant jaw kitty lawn manufacture
medals mistaken needle oval pity pond porter portions prey prophet recalled reduces referendum refugee
regulated rounded ruby rushed sanders satisfy scales seasonal segments sensible sequel shifted shifting
shining slower spinning stepping teammates touches township travelled twisted wade whale writings admire amber
ankle autism bachelor berry billions bulls bullying capitalism caution certification characteristic clan clash
columns compatible concerts condemned configuration continuously convincing coupled curiosity delight
determining entities exceptions explosive flooding fortunate fortunately foundations frontier frustrating
frustration geographic grasp handy harmful headache hers incentive inclusive infections kissing lanes licence
lungs madness mandate manga memorable merger minorities occurring performs poker portable priced randomly
rankings resign revealing robbery rub runners sally scattered scout searched sexuality shouting slap steak
succession superintendent suspicion sweep tactical talents therapist thereafter thorough tuition variables
varying wholesale administered affiliated apples architectural artillery assembled beaches bees boarding
bothered canvas canyon cheek circular circulation clearance closes coincidence comedian commands commissioned
concentrated conscience cooler countless curry dame deceased dedication defining detention disputes drake
employ enforce explicit explicitly eyed flu forbidden fraction hes infantry integral investor judged kidnapped
lectures lightly linking maintains marble maritime melt modes nominee oath offence packaging patriots pee
pillow pirate polar prediction preview processed pursuing puzzle rapper reconstruction renowned revelation
scholar sharks shoots skirt socially spa spike sprint stir stuffed substantially suburbs superb supposedly tab
tendency that'll theirs toast toes touchdown traits trek tricky triumph underwear unto viable waist welcomed
wit wreck absurd accessories advocates ambitious amid annoyed appealing appointments assumptions ballet
bargain binary blend blogs brake builds businessman cab ch chi col collision compassion consumed corrected
correction cough cousins critic defenders denying depot distress documentation doubts dramatically drank dudes
eats elegant elevator exchanges excuses execute factories feast frost herald hike hollow homeland imported
internationally kissed lame licensing lily limiting locker mainland marking meditation messenger metals
missiles pencil philosophical pipes plasma plea punish purse quarterback ref relieved replies reservation
rhetoric rivals rushing salvation sanctions secular sensitivity sigh sixteen sovereign specifications spends
spouse stat supervisor synthetic teaches tense terrifying tracked traders troy varieties vegan waking
wilderness admits adviser aggregate anal anatomy announces applicants automobile breasts cement chess citing
colonies composite consequently consist councils cox decorated delegates dreaming dull enables fare fashioned
feared float generator grind grinding grove guessing gum hobby hunters idol illusion incorrect junction lance
leap locate locks lynch manages masses motive neighbourhood networking newer newton oppose optimal overtime
packs permits pops postal predictions prep profound prosecutor rebellion recipient refund remembering rescued
risky robust scam shareholders sided simulation sober spice squeeze storms supervision suspects swap swept
terrain terrified threaten thrilled towel trio tubes unconscious varies vegetable verified vibe virtue wishing
workforce zombie acre airports amen arise ashes automotive battlefield begging bloom bore bundle butterfly
buys casualties catches chad clown committees conjunction costly cows cries cycles darker descent desktop dial
directory disabilities discharge discusses dodge downs drilling drums elimination enjoys es ginger governors
guild halt imaging implied impress inability incoming jar lb litigation mentor merchandise minerals miners
monk norm obtaining occupy offended orthodox overhead painter pierce pistol printer prone raiders readily
reflecting regiment remembers reunion revival sanctuary satisfying seas securing sensors shells siege sixty
sleeve sonic soundtrack speeches spine steering substances sustain tenure texture thankful translate treasurer
triangle unclear upgraded wizard absorbed admin affection altitude attributes baked baking beautifully
biblical boo collapsed coloured competent countryside cracking crane debris delegation demographic
descriptions donor easiest educate enabling enrolled exceed excluding expressions fierce forgetting garlic
gratitude hail heroin hooked illustration impose indicator inequality ins interpreted journals leisure lend
lengths lounge luckily manuscript marines mint molecules notification nova outline pasta pi polite productions
professors quicker randy receipt recognise reliability researcher retailers reviewing runway sculpture senses
sensor showcase smoked subsidiary tenth theology topped trails underwater uploaded velocity venues wax
accountability aerial albeit alcoholic amazed ambition ammunition anthem architects automated bake batch
borrowed catalogue charitable clicking collector compliment consisted continually coordinator damaging
deployment drafted enjoyable exotic exterior feminine firearms fountain fury genocide glance glow hay
headlines hometown humanitarian immunity implementing inherited killers liberation likelihood lone massacre
meme mod nationalist nationals necessity nickname observer offshore optional papa parked paste pioneer plaza
prescribed pressures prosperity recreational reds refuge religions renewable rode sack settlements shortage
skies smarter smiles sphere sponsors stamps stare suburban sung suppliers tablets terribly territorial thirds
thriller toss troubled turtle verbal violated vocals wool accountable advocacy aftermath aggression angles
arguably armies assessed attractions balloon beers bells blamed blunt boobs bosses brakes brigade burial
cardinal champ champagne cheated chorus chrome clarity classics cleaner combining conclude confidential
coordination cracks cs dancers directing discretion ditch dome dope drought ducks dumped elevation
entrepreneurs esteem explored finances finishes fog framed fucks gesture gosh griffin historian horizontal
hospitality hostage hottest individually inevitably lad lasts leagues listings literacy marriages migrants
misleading moisture monument mortality notices obsession opt particle peanut persistent personalities
petroleum pharmaceutical progression rack rebuild recordings rejection relaxing reservoir respects scrap
sensation shaft shepherd shuttle slope snack sounding specialists spotlight stabbed stern stiff striker sued
sums sworn tel terrific titans tomatoes trafficking transparency trinity unemployed unite unlock vault vet
wagon withdrawn accessed adverse aiming alumni awhile aye bastard bikes biography broker browser bury cellular
cocktail cod conditioning consuming contracted costumes crews cubs dangers designing destructive develops
dislike doubled doubles economies embedded emerge excluded expects farewell feeds fist fond foolish frog fry
gifted hacking hawks heir highlighted holocaust homer imprisonment lacks landlord landmark launches leaning
liable midst misery module mommy mosque moss museums nursery onion perspectives phrases plague plains
positively prevents profiles pursued raids recruit resting rogue salaries seated sharply showers sincerely
sings solidarity supernatural surprises tens thirteen tomb touring traces trademark trim umbrella utilities
voyage weaker yields abbey accepts adjustment assignments attachment baron blah blaming bomber bunny candle
carved choir clutch coconut committing comprising confession consume corridor credibility credited critically
distracted dolphins estates filters fools fourteen geometry ghosts gossip grandparents haul header headphones
highways holly immense imports incentives interfere intersection investigators juvenile karma knocking leaks
leverage lining mankind mapping masks med metric militia naming node obstacles opener overwhelmed performers
pg pl pointless poles preferences prompted proximity qualification qualifications ranger rendered rented
reversed robbed sadness scenarios selective seniors shiny socialism sour spoon stressful stretched sucking
tenants terrace thief transported tribunal undoubtedly uniforms verify villain whats whistle workshops yearly
abusive alley announcing appetite backyard bids billboard blades bully cables calculate calculations chicks
conceived consult crashes crowds cunt damned dissolved distinguish dominate dynasty economist endorsed
examining extensively festivals forehead foreigners forgiveness gem glen graves haunted heather hiking
hypothesis illegally illustrations inclined informal learnt lending marker marsh marshal maturity messy
neighbours ninja optimistic outlined owl parenting peaks pharmacy pools preparations problematic proceeded
processor promotional pros prospective psychiatric regulate renaissance repeal riots roast rubbish saga salon
seventeen shields sliding sodium surplus swallow systematic transmitted tuned unacceptable unaware uncommon
unified unstable upstairs vague wee woo zip abundance advancing ant antique autonomy baptist booking breeze
browns carnival commodity congressman containers cooperative coral correlation correspondent coupon crosses
curtain curves defines delivers demonstrates dentist dodgers dough dug endangered envelope exhibited fade
fatigue fellowship fictional fragile fringe gaps granite greens handbook hardy insights instinct inviting
irony judgement judiciary jumps lads legion lethal lime lively logistics lowered maid manning maple mickey
mistress monkeys morality mortal mounting nonprofit oils operative outs owed patches pickup portraits pouring
prestigious prompt quantities radius referee relay rig risen rows scroll searches sh smiled snacks snakes
sovereignty strips stunt subjected sucked sunlight surf symbolic sync taxpayer tempted thrust trilogy weights
wheelchair whore wiped yahoo yourselves accompanying accusations acids administrators aired allowance
apologies arbitrary autonomous averaged bait bark bets blogger bra brotherhood builder cakes carriage
celebrations censorship cf clarify climbed compilation composer comprises constitute correspondence cowboy
defendants desirable devastating diagram dismiss editions erected explorer farther feminism flaws forums freed
galleries gasoline genesis geographical governed governmental grandson halls handles heavier hints incomplete
incorporate interrupted ivory lengthy levy manipulation merchants misses mock necklace niche obscure popped
porch portrayed possessed proposition railways readings recession rim seals secondly sequences settling spinal
spiral spit splash stretching successive taxpayers therapeutic threads ti timely tomato tub undergraduate
undertaken uranium utter volleyball wires yell advertisement analysts atmospheric batting bitches bracket
branded cardiac commanding confirms confronted crashing creep daylight disclose doe elbow encourages
enthusiastic envy establishments exile exploitation futures gel genetics goose grill grounded hating heel
heroic hut inmates instructed johns knives margins marina mat ml monopoly nationally outrage owning pains
paperwork pitched poets poisoning promptly rains recovering renewal repeating rifles ruler screams sellers
sights sincere skating skiing slaughter smashed sox sperm spill steadily stripped supplier swamp swan switches
synthesis tasty tattoos teammate testify tolerate tournaments treason trustees typing urine vanilla vii violet
weighing activation afghan agreeing allocated appealed applause bald barrels boil borough breakthrough calif
charities cheering chooses combinations commenting competitions cone connects convey critique crushing curved
decay declining depressing dessert destinations diagnostic differential discourse distances dominance donors
downloaded economically entertain evaluated exploit fireworks flown founders freeman gateway guarantees
humidity humour imagery imply indicators inherent inland inning innocence investigator isle ivy justification
licenses livestock manners merry missionary nationalism naughty notified notorious obey outfits outright
overly oversight panthers phases photographers polling popping prisons prototype pumpkin pumps punched ramp
reactor reef refined refreshing refusal reinforced remedies reset sage shave sickness simpler sinking slots
sorted sq staged startup statute stems straightforward strengths suffers superstar telecommunications thieves
thoughtful thru tissues toddler vicious victories vodka wholly zoom accidental accounted addicted adjustments
archbishop assassination athletics basics bats bibliography bot broadly calcium candles certainty cheeks
chickens citation clues collectively commercials commissions compression comprised confess confined
congregation consolidated coordinate coordinates cube declaring decoration decree definitions deliberate
despair discovering dividend dragging drift dye educators electron endure enzyme evolutionary exhibits
extensions fellows fragments fuels geological globally grams guru hacked hatch historians hormone inadequate
infinity intentionally joints labs lace losers louder maiden marching marketplace membrane messing metallic
methodology modifications monitors murderer nap nickel niece nominations numbered offerings overlooked pardon
partnerships persuade pier poured predecessor premise quiz rainfall recipients reckless redemption relates
relied remedy replay revision rooted scent slate spells stimulus strengthening structured sunrise surge tagged
tags tapes tee testified token tornado tunes tunnels twilight unprecedented vagina verses vocabulary
wellington whoa willingness woody worthless yacht absorb accompany accord advancement algorithms alt
alternatively archer assurance barber bash battalion bidding boycott bricks buddies carpenter ceased coding
competitor creators cuisine detained dioxide dolls doom dubbed ea eclipse eighteen elephants enjoyment exhaust
expired flee forwards fries gal glimpse hawk healthier homemade infectious inferior injustice inquiries
insulin interpret intro jackets kindle lid logs manor masterpiece melody memo mirrors narrator nets obesity
partisan planting pony posed possessions privileged prolonged promo protestant pumping pupil recruited
reliance relies reluctant relying respiratory retention rewarded ribbon roommate rotten sands schedules
selecting shah shotgun singers snapped sofa spoil spoiled submarine suburb surgeons sympathetic taxation
temper undergo weighed acquiring additions admitting aligned altar amp arrows atlas automation awe balancing
banning bishops broncos builders cans cavalry coffin collectors combo communism conductor confront constraints
crow decisive decorative definitive disclosed displaced disturbed epidemic eternity evolve explode extraction
fatty filthy flush font freestyle glue grandpa hairy homicide horns inheritance introduces ironic lacked
luggage madame melting microwave morocco ops organisms originated ounce peel pensions performer picnic pins
practitioners predominantly primitive providence psychic psychologist puppet reproductive requesting responds
restrict retiring retrieved ribs righteous rivalry royalty sausage seize sim skeleton spicy sticky sting
sufficiently thankfully thrones tick traced trusts tutorial twentieth unpleasant unrelated vacant vent
vicinity wan wandering wardrobe warmth weaknesses wines wired amendments analyses asses assessments assisting
axe backgrounds belle bites bombers bonuses bred bubbles bulletin capitalist cautious clinics commitments
companions comparisons constable cooperate coordinated copied curb dances deeds destined detached devils
discounts distribute efficiently eliminating encouragement enforced explosives faction fascist feathers
fixtures flooded fuller gamble goalkeeper grandchildren guardians harmless hearings hesitate hid hips hopeful
horny hygiene imaginary imprisoned inconsistent int kindergarten loudly mechanic modify neglect northwestern
offenders oppression patriotic pictured pitcher playground populated poses positioned prejudice probable
probation projection promotes pumped rails raven receptor rehab remake rendering reproduction reservations
shrimp similarities skins slopes spelled spokesman stained stall starving strap subjective surround
surroundings sweeping swinging tearing traumatic trillion tucker vendor watts yr aboriginal academics adopting
alignment allergic amended apparatus assumes avengers backpack balcony banker bliss bodily buffer chopped
collaborative commenced compensate compromised constructive conventions cosmic crystals daisy definite
demonstrations departed depths developmental disco distraction doses drawer drones ecological ecosystem euros
exclude exempt exposing faint fertility fines floods foam folded foremost forge greenhouse hears hierarchy
ideals identities installations invalid jade jointly kits lightweight lowering melted metabolism neglected
negotiated negotiating negotiation newborn nodes notch omega onions packers paired parental parody parole
participant penguin phantom precedent prevalent prom promotions python questionable queue regrets render
respondents retaining sailor seventy shouted sims slides sociology specify splitting stab supermarket sweater
tenant tensions tortured traction tractor trout turnover unwanted upgrades variant vegetarian visibility
warnings wherein worms abundant algebra antenna attribute audition bankers biting branding bravo busted
cardinals certificates chatting chop circuits commanded commissioners communicating comparative complement
conquer conquest contested continuity crawl credible cursed deepest defects delightful depicted determines
digit dinosaur doomed drainage drowning embarrassment equations evolving exploded fairness felony flats flint
floral fortress fulfilled fundamentally grabbing guts hairs handing herb herd husbands ideological immortal
incumbent insider insufficient interval jelly kidnapping kilometres lenses lick literal lunar maternal
medicines memoir modification nailed neighbouring objection obliged observers occurrence offspring outrageous
packet pads patents pathway peach persuaded plots polo presenter proclaimed prohibition prop recommends
registry relieve remarkably repaired rotating sandwiches satellites scar scouts scripture seating seminar
shores simplicity slightest softly specimens stereo supplements surrey symphony textbook theological trader
undercover valentine vegetation vein velvet vendors viewer welcoming whales wheeler worm zombies accountant
activate admissions amusing beams behold betrayed biased billionaire bloggers brewing bypass calculation
cancellation cane capturing catalyst cedar celebrates concentrations concludes cons corpse crab cruelty
decorations dementia demonstrating designation dice diploma disasters discharged dispatch disputed dots
duchess dunno economists eds elders exceeded explanations extinction factions foil formats geology graduating
gram heath heavenly hormones horrific infants insect iris issuing lifts locking logging medications mentality
metre miracles neural newsletter nineteenth nitrogen norms oceans payroll phenomenal photographic pinch ping
polished pots predictable privileges professionally protesting protocols pushes queer rebounds reckon
recycling restriction resumed resurrection rover scars scholarships shelves shipment slut sparks spatial
stainless statutory stellar stripes stubborn summoned swords syrup tackles tapping teachings tightly tones
transplant traps turf twitch unlocked unusually unveiled username vaccines veins ventures visions voiced
volcano warmer weddings yelled accelerated accomplishments advertised advertisements ark armour assaulted
atoms attach awaiting bind blessings boiling borrowing bowls bum butcher c'mon chandler cheapest communists
compares conception counterparts cue deed disciplinary dreamed dwarf eighty eligibility embraced enacted
endorsement enlisted eyebrows finite flagship forensic forthcoming gallon gems glowing glucose gore govt gown
greedy halo ideally identifies improves infamous inspirational internally lateral lent lib lifelong limestone
liner majors marched marrying maths memes mentioning merge mesh migrant monitored moron mortar myths naive
noises noticeable observing opted pens perfume pitching pleasing premiums prestige protects pyramid relevance
remotely resorts retailer rigid rm sailors sampling screenshot selfie settlers shattered signatures spacecraft
specification spiders splendid strokes successes summers supplying telescope temp tended terminated textile
that'd thickness threatens tossed tray unreasonable unsure upwards valuation veterinary villagers violate
vivid waving accusing aided allocation amusement antibiotics anticipation appropriately arrests arrogant
assessing auxiliary baggage beacon belts bounty boxer briefing brook budgets cartoons ceramic cereal
challenger chased clergy coats cola coma comfortably commanders compass considerations consultants contempt
contributes credentials cured descended disappearance drowned drying dwelling ecology emergence enclosed
endurance equals erotic evacuation exceptionally exchanged expenditure falcon folder frequencies frightened
groove hedge homosexuality icons ingredient initiate inserted interventions invaded ironically jealousy
jewellery joker kisses laden learns limbs meta mil nod notebook offline offs overweight palette phenomena
pneumonia policeman postponed potent preceding predators psycho rainy rams ranged renovation reverend
rewarding rust salty scrutiny seizure serum singular skate stray stud subsidies sunk supper sweetheart
systemic tempo thereof thirsty torch transferring unchanged understandable upright uprising vain vanity violin
whereby whisper worthwhile xx acceleration aerospace aluminium analog analytical anticipate arcade arose
asthma averaging bacterial bankrupt blink brighter ceremonies childish clearer coil combines commodities
confessed constituents contention converting covenant crafts denies devotion dilemma dis discoveries disgrace
emirates employing employs escaping ethnicity eventual excel exercising faded firstly flavour flex fluids
gangs gases genus glove grabs grapes greed greet hank hose impacted imposing inflammation innovations lamps
lava longtime magnet metaphor millionaire motives mysteries nightmares notify null oops oriental owing pact
paramount paranoid patriot patron popcorn positioning preserving proxy quantitative regain reminding renew
resemble retarded revolt rightly roasted ruining sacked saddle schooling shrine shrink sniper solitary sorrow
squares starters stoke taller termination thigh thrive troll uncovered undertake unpaid unsuccessful vest vine
violating viruses warns warranty weakened xxx yen admired airways aisle almighty amino ants apparel
arbitration arising atom auburn awakening bedrooms bilateral bleed brace burgers caption captures choke
cholesterol classy clicks compelled concealed condemn confrontation constitutes contributor deluxe devastated
dinosaurs disguise dismissal domains downstairs empathy ensemble feasible flawed forged generals genres goats
grease guessed hallway heavens helicopters homosexual hulk hydraulic impulse incapable inflammatory insanity
insecure institutes integrate intentional jeep knot laboratories landscapes lecturer lust markers mayo
microphone miniature monks motto mouths murdering nationality natives obstacle occupational onset owes
perceive persecution petrol philosopher photographed pits pixel plantation presently props prose prostitution
quoting radioactive raining rang razor reconciliation removes restoring reunited rocking royals rug sacrifices
scanning screamed shaping slogan specimen sponsorship steals steer strains strawberry strive sunglasses
surfing temptation thrill tile tonnes tow trainers translations trusting turtles unarmed undertaking
unfinished unhealthy unlawful unpopular vanished verb viii volatile voluntarily withdrew abnormal accredited
accuse adjusting ample analogy apex apocalypse appliances backward barred beck bingo blogging boiler boulder
calf coating commentators consolidation continuation convictions convoy cork cosmetic cubic declares defeats
dept deputies descendants detector digest diplomacy directive disadvantage disruption distract downward
energetic engineered fest fills friction fulfilling funk greatness grilled guiding hackers hazardous hooker
hopeless hourly illustrate impressions indirectly induction infrared insists instability installing invites
limitation linguistic listeners litter ls lump macro magistrate marginal masculine milestone mug municipality
mushrooms neurons ninety nutrients observatory openings outdoors pedestrian penetration pod posing predator
preferably programmed projections prophecy proudly rebuilding recorder recurring relaxation resembles
respectable respectful richer routinely rubbing sailed salute scripts scum severity shady shutting sketches
slack sleeps slick slowed slowing spontaneous starred stationed sticker stove submissions tactic template
texting theorem tiles tore tract treaties tribune undergoing unexpectedly upward vista vogue volcanic wildly
winding acclaimed accumulated adore akin alphabet announcements appoint apprentice bananas baseline beasts
beware bikini bisexual boulevard bracelet capsule captive chronicle cinnamon comprehend compulsory confederate
contaminated contamination contests coping counterpart creed crisp crust cutter daring delegate deploy dietary
dissertation dividends domination downloading emission evaluating expelled fin fined flora folding fracture
functionality gamma gays gaze genome grains grape gravel haircut haired hangs highland histories honoured hugs
hustle idle indictment insulting irregular juicy jumper justices leaking limb mammals manually meaningless
millennium misunderstanding modelling modules moody needles noodles offender oracle overlap patrons pd peek
pentagon peters pottery prairie prank premature psychiatrist quad quartz quitting residency resolutions
responsive richest roar rot rulers sank sleeves songwriter spear spies stain stimulation stranded stretches
stylish subs tasted technician temples tidal transcript treasures trench trousers unwilling validity variants
varsity verification vows vulnerability whichever whipped who've wrath zen abuses accomplishment acquisitions
aide allegiance apt attracting avatar bans battling beads beverage blaze broadband bullied bumper butterflies
caves chalk chilling coaster coated constituency contingent corrections costing councillor cyclists deprived
diplomat disciplines dos drained eldest entirety exodus explosions fallout feather figuring financed firearm
fisheries flock flyers footballer footsteps forestry ghetto grim helpless hemisphere hides housed hyper
inconvenience incorporating injected insured intends intervals intriguing invasive irrigation ix killings
lastly liberties lipstick manipulate mart midlands midway minors moist monarch monuments mortgages mourning mu
mustard negatively neighbour objections persona plaque poetic preach preaching princes proposing purity rabbi
realism receipts retrieve scheduling scoop scotch scrub separating sewing shale shin shootings simplified
slipping smartphones sol solicitor sophomore spreads squadron squirrel stickers stigma strengthened taco
takeover tapped thumbs tinder titan trait traitor troop truths underestimate updating urges wallpaper watt
weighs willow addict ale archaeological assistants banging bathing bending betrayal boiled bonding bounds
breeds cardiovascular chic clone clusters communal compliments consortium controllers copying countdown
courier danced dd debating decreasing defect disastrous displaying drown drummer durable efficacy exaggerated
exclusion exhibitions exploited extracted faults flashing freelance gin girlfriends granting greeting
headaches honeymoon ignition impaired incomes investigative jewel manifest mans mutually navigate obese
outreach overlooking pandemic passages perceptions perimeter pike piper preacher preceded procurement
protector pulp rabbits ransom recruits reel refs rehearsal reinforce restart revive rigorous ringing scarf
scenery selections sensory shelters sidewalk sleepy smoothly speeding staple stereotypes stirring strand
stunned suppression sushi suspend swelling tails terminology theatrical timer travellers trustee turnout tying
unanimous unpredictable urging validation vengeance visually waits wakes weighted activism advent airborne
alas astonishing bakery barracks bathrooms baths believer benefited blankets borne brokers bunker caffeine
capped chaotic chargers cite classrooms commentator commercially confirming confuse contributors cosmetics
coward dell dent depart destroys detectives diminished disappears disappoint dolphin dove dumping dusty
embracing enduring enlightenment fibre fixture focal friendships frightening fucker gala gardening garrison
gears generates gladly goodwill govern gradual greetings groceries hacker harness hashtag heartbeat
highlighting honourable illnesses imminent inaugural insulation intern irresponsible lag lays lenders locality
lure malicious mattress merged merits mist mole molecule monarchy muscular neutrality noisy orgasm panties
parcel partition peculiar penguins prayed prefers proposes proprietary prostate protagonist punching puppies
rant rash realities recalls receivers referenced reflections rejects replica representations reside ripe
rituals riverside sac sacrificed sane scenic sip slapped snail spun statistically stimulate strangely surveyed
susceptible thighs tipped toilets translates translator transmit trophies ts tuning tutor unsafe verge vibrant
wander yeast absorption accelerate acne advertise apologise aspirations assassin assign backlash balloons
believers blockchain bonnie brewery bulb cardboard casually chartered chew circumstance cliffs collateral
congestion conquered creditors criticised criticisms crossover crunch curtains daytime deliveries demise
dependence dictator diets differs digits dime dire disagreement disciples disregard distributor dominion
downhill drafting dreadful drunken earnest erase evacuated extinct forbid forgiven freezer genetically greeted
hare healed herein honorary immature imperative ineffective interacting knit laps manly maternity meanings
misconduct morale mornings mute needless nerd nominees notifications novelty optimism outdated oxide paints
peasants pence peppers peripheral pinned pint pleaded poop pornography prepares prevalence proceeding
pronounce proportions provisional punches ravens remark repay ropes rouge rumours saturated scares screened
shaved shooters shove skipped smashing snaps soaked softball southeastern spears specials spectators spur
stumbled stupidity suppress sweating swings tangible textbooks tilt tougher trivial unofficial veil versatile
wed acknowledging anthropology artery bamboo basil blackberry booze buzzing chord concessions contracting
cooks corporal courtyard crafted crest crowned deception decor defeating derivative discomfort drastically
driveway duel elf evenly exemption fashionable fetch fishermen flipped formidable furnished fuzzy graffiti
grenade guitars hamlet helm herbs highlands honours hooks hrs hugely hypocrisy imagining inaccurate inception
incompetent indefinitely intervene jerseys kin legislators lobster logged loneliness loops malaria manifesto
manuscripts masked maze monastery morals mutations narrowly negligence nexus nicer nightclub numerical
obsolete offences optic panda panther peas posture raging receptors refresh resonance ruthless salvage samurai
satire seafood shakes simplest slash spaghetti speedy spying staging standpoint statues stein sway tasting
tempting terminate torque towels trailers transforming unconstitutional undermine underwent vacancy var veto
villains vocational wickets withstand woodland zinc accustomed adequately amazingly ambitions applicant
approximate assemble averages ballots bargaining bates baton beginnings births breakup brew bulldogs camel
catering charger checkout chefs chronicles chunk classmates cocoa comet compartment compositions conditioned
contestants cooled corpus coupons cove culturally currents deficiency deported deposited derivatives deserted
dictatorship disrespectful dread dub dummy electorate enhancing entertained erosion explores expo favourites
flank flare fleeing flirting gallons generators goodnight handmade hazards hostages incidence intimacy kitten
lender lever marketed mileage multiplayer municipalities mutant mutation mythology neon northeastern noticing
nun nutritional ow pathways pedal pest pillar pitches plausible pledged polymer precipitation prosecutors
protections pup quarantine query rallies rapids reacted restraint rests retains revived rift salesman scarlet
screws sensing sewer shipments shits smack sonny southwestern spared spokesperson stalking stitch substrate
sultan supremacy swallowed swell symptom thanked theoretically thirst transitional tuna unused valleys
viewpoint vinegar wards warrants wig accessory advisors advocating affiliation aggressively align allergies
amnesty assertion astronomy atop attic attracts autobiography await bastards bothering broadcaster buds cache
carrots chewing coherent comfy comrades conceded condo conflicting consulted crooked cultivation dads
decreases dicks ding discontinued displacement disrespect distorted divers dividing downloads drastic edible
endorse enhancement evenings fax fiat firefighters flick funky gag gee gigantic gill groom guarded guitarist
halftime hash hogan illustrates inactive inputs inspect inspections inspectors instincts interpretations knots
laurel lawsuits leftist legitimacy lizard lyric morally mushroom nigga noel occupying paradox peacefully
periodic plead podium portray practitioner progressed puck ratios reconsider redskins reductions refrain
replaces reproduce researching rigged rite rum safari scaling scorer seldom shareholder sis slams slices soy
spilled squash stacked statewide stationary styled subdivision succeeding surrendered tar tariffs temporal
tracker turbine unavailable universally unlucky volunteered vomiting warden warp whisky who'd winters womb
yogurt abolished abusing alpine ambient aquatic assert atheist balances bandwidth barbecue beforehand bipolar
bladder blossom bolts bombed campaigning canned captains caravan carrot chanting compressed comprise
computational conceptual coolest currencies damp databases debit demolition detailing differentiate dim
discouraged discovers donkey downstream earrings earthquakes elites empirical enlarged enzymes fantasies
faulty fertile feud filmmaker formations fortunes freedoms furnace fuse fuss gale gamer generosity gluten
gorilla harvested hath heavyweight humane humanities inflicted interviewing journeys labelled lawful lawmakers
leased loosely lotus mails mantle mascot metabolic militant missionaries nostalgia ottoman paddy paperback
paved pavilion peasant perks philosophers pillars pointer policing predicting presume presumed printers rapist
reacting rebuilt rectangular regulator renting restructuring ridden sabotage sanctioned sarcasm savannah scans
seekers sentencing sexist shaving shutdown sic slammed stresses surpassed sweets tally termed thriving timed
trending trolls tucked unanimously undefeated unfamiliar upgrading vale vastly vile violently wedge wisely
wizards wrecked adaptive addictive affinity alloy apartheid arises arthritis authorised ay bale beaver boasts
caller casualty cavity chap cites colts comforting courthouse crank darn decks diaries differing disgust
dispatched dissolution disturbance doubling emerges enclosure evangelical examinations exceeding expresses
exquisite factual fading falsely famine fares feminists fraudulent freeway freshly gazette geek granny
handicap homage hostility hymn hypothetical informative infringement internship interrupt invade irritating
jasmine knockout lantern linen lookout misunderstood moonlight moose mosquito motel motherfucker narratives
noun novelist oaks onwards overthrow paradigm pavement payday perpetual physiology pigeon plateau playlist
possesses possessing precinct presentations proliferation prosecuted pseudo pudding reformed refrigerator
regeneration remembrance reminiscent reps resentment resin resisted rotary rusty scarce sibling simulator
slippery slips soak sock sorting spectacle stint storey suicidal symposium tabs tailor terminals thrilling
toughest trajectory triggers underrated unidentified unrest unseen utmost waiter weary wiki wills witches
youths accusation adapter adjustable adulthood advisers advocated affiliates agony allergy astronaut attain
attendant authenticity backstage banners benchmark beverages binge biscuits bloc bouncing bourbon breaker
breathtaking browsing brutality bumps calculus cancers capitals careless caste cellar cerebral champs chant
cheerful cinematic climax clippers cockpit cocktails colon communion condom consul contender crimson
cultivated curly debated degradation disappearing discs distributors duh electrons emerald ensures equilibrium
evidently exhausting extras famed fascinated fences fetus flaw flawless fooled gigs grad granddaughter
gymnastics hale helmets hereby hotter humorous ignores incurred indications indoors intercourse interestingly
isolate knocks lesbians listens mailing manipulated mare meadow meadows ministries motivate mound muddy mystic
nominal ordinance outlines pairing parsons pertaining poke poorer praising pres prick prolific proportional
prosperous quarry referral respecting restless rugged sap sarcastic scholarly segregation shaken sheikh shines
sinister stared strait suppressed teamed tents testosterone thicker ventilation weaver yarn abide accumulation
admiration aesthetics altering asserted attacker authoritarian avail banquet barker behaved billed billing
booty brackets bravery browse brutally buff calorie chamberlain cis claw collects commence compatibility
conditional congratulate constructing converts coordinating cortex courageous crawling crusade cynical devised
discarded disrupt donating drills duplicate dynamite echoes economical elastic empowered examines exceeds
exposition fart fearing fetish fixes fluffy fundamentals funniest gadgets garment geometric gestures gracious
grin happiest heap highs hum humility impeachment inherently insults inventor jailed jasper jewels leopard
librarian lobbying lumber madam marital multitude muse nanny nineteen nipples nucleus orbital organism
outgoing overhaul pancakes pas patriotism periodically piles plumbing poppy precautions predecessors protested
raced readiness redundant regulators rejecting remarked resemblance rested rib rods sacks seizures sermon shes
slender sloppy socialists societal soviets spec sponge sucker suns superiority supervised surreal tease
tendencies titanic transitions transmitter transporting typhoon unreal upheld vaccination valves vampires
vibration vitamins wartime weakest wicket abdominal adolescent advertisers airing announcer awaited backdrop
beau begged blackout bluff brushes bushes cartel casts catastrophic caucus charcoal cheesy choking citrus clad
clocks coached coded columnist competence condolences constituent constituted contacting contagious contexts
conveniently courtroom cushion cyclist darkest dictate directs discounted distributing dominating dorm drafts
drip duct eccentric educating electromagnetic emblem endured expands fabrics falcons fascism fats fearful
festive flyer forecasts foreman framing geared glacier gs hunted hurricanes implying improper influx informing
isles kernel larvae liaison memoirs miner mosaic mustang needy optics orphan passions patty pies pineapple
pissing plaintiffs plastics poisoned potassium priceless projecting prostitute reflective rents residing
resilience resisting roofs rotate sans scissors seaside shampoo silently similarity smelling stabbing
staircase stamped steroids stitches subsidiaries swipe tang tango tighter tolerant touchdowns toxicity trumpet
tuberculosis undergone willingly wrapping youthful accents adhere advising affirmative alarms alliances
ambiguous archaeology arse attained autopsy berries blitz blockade brightness bruins brushed calculating
campuses cartridge cashier cigar circa citations cloak cologne colt combustion comprehension concession
condoms crescent crises defective deportation deserving discourage disgusted disposable distressed dungeon
dwell enforcing essentials fasting fiery finalists flipping flux gimme goofy handwriting hassle heartbreaking
hector hicks hobbies hog homeowners immensely inauguration incorrectly ind indicative inexpensive instructors
intercept intuitive invent jockey jolly landlords latitude lea libertarian majestic mariners mastered mastery
mats metropolis mummy nominate offend orchard outraged overdose paragraphs parallels parameter passwords
pathology piercing plotting poisonous pounding pretended procession purge reacts relocation rhino riches
ripping rosemary rubbed sandstone sanitation satisfactory scooter sculptures secrecy seeded separates shameful
shortest skipping skirts sliced soils staples stokes storing summed supervisors sweetie swollen technicians
tor transformers undo unnamed upsetting vans venom victorious vines visuals wary watering whispers windy
winger wraps youngsters abdomen abducted abruptly aha alerts amidst antarctic antibodies aquarium aspiring
asteroid batter bedtime belongings blush booster braves bun businessmen calculator calmly captivity
catastrophe chemotherapy cinemas circulating claws cleansing clears clicked commute complementary concussion
connectivity consulate contend convict craving culinary demographics departing din discrete disguised dissent
disturb docks earns emergencies eminent encryption enthusiasts escapes exported fencing filtering flashes flop
follower franchises fraternity freaks frogs fronts furry glitter graveyard hanged hardship hen implication
induce insecurity interrogation intimidating inventions irrational jaws leafs lettuce liabilities lithium
lucrative managerial mandated mango militants mister moderately multimedia multinational nationalists oasis
oddly oppressed ouch outsiders outskirts overlapping overs paced pagan painters pals planetary playboy
porcelain processors programmer promoter psalm psychiatry psychologists pubs pursuant recycled renovated
repetitive researched revelations reversal rhyme rue safest savvy scanner schizophrenia scratching seriousness
sparkling spree submitting subsidy sup superficial sweaty tailored tame tanner taps thinner thugs tipping
topping tracing upstream vow waitress walnut waterfront witty woven acquaintance ambassadors ambush amend
arranging arrogance awaits baptism blames blasting blond blur blvd boogie bothers bowel brightest brow bulbs
bureaucracy cabbage canton cater chimney circulated cloudy colourful compassionate comrade concentrating
continents convertible crater creeping cu cumulative curator deity desperation detrimental disposed distortion
doctoral draining drains dramas drifting edged educator entitlement esp favoured fearless finch fragment
fulfil galaxies gangster garner giveaway graphs gypsy harassed heater hesitation humiliation impairment
impatient incorporates insisting intricate karate kc kingdoms kite leasing lighthouse longevity lore lush
luxurious mash meg meltdown messiah meteor ministerial mocking motions mystical nu obstruction odyssey oneself
outsider overcoming palms penetrate pioneers plaintiff planners plum plural portrayal prevail prevailing
prostitutes publishes puff pun puzzles rag rampant recommending regulating repairing repeats replicate
replying retaliation risking rooftop rooting routing safeguard scaled sedan sentiments sewage shoppers sitcom
slang slid sparked spices spirited spirituality spoiler suitcase summon survives sustaining tavern teasing
telegram titanium trailing tuck turbulence uneven urgency vibes ware waterproof welcomes whining wonderfully
wording academia accreditation administer admittedly aforementioned algae alterations articulate asbestos
avoidance barney bearings boutique brewer buffet burner catcher charms chassis chores clap clarification
colder concluding consolation consoles corresponds counters covert cringe dagger dealings deferred depicting
descriptive dialect dipped dolly downfall dryer dunk empowerment endings energies ensuing ensured ethic
executing expire fireplace flair fossils fugitive hah haunt hazel headset homecoming hurdles hyped icy indulge
inmate inscription interpreter intuition invaluable kettle laptops lasers lax lest markings menace methane
misuse mitigate nausea neurological optimum ounces overwhelmingly oyster pastoral patented pea pearls
physiological pioneering pleasures policemen poultry prominence prophets prosecute quartet radically raping
reactive renamed resides restrictive robotic runaway sawyer screenplay scriptures sect seismic seminary shouts
sideways sighted skinned skipper slain smuggling softer specs squads stash stimulating strawberries striped
stroll swiftly theatres tolerated transcription tweeting unicorn uniquely unrealistic vase vat vineyard viola
waterfall waved weaving welding whereabouts yummy abortions acknowledges adobe adolescents alarming almond
amenities amounted amused asphalt atrocities backbone beetle blizzard booklet bottoms brawl butts celestial
choked clashes communicated confessions conform conversely countess creations cues customary debuted declines
depicts devote dinners diplomats dispose distinctly evacuate exits experimenting exploding exploits favourable
flourish flowering fractures fragrance fungus guarding gunfire harvesting heroine hoax impending insignificant
insurer intercepted interfering knowledgeable liberated lingerie lite localities logos lurking madden magician
magistrates marrow mas mattered medicinal mono murderers numb omitted originals overlook partnered pastry pawn
persist planner plaster playful pleading professions quirky quota rationale reap rebound recess redeem
reformation regimes replacements residue robotics rocked runoff salsa scanned screenshots semiconductor
sentimental severed shocks simultaneous slaughtered snatch sneakers spikes spooky squeezed staffing stealth
strained subscribed subset suspense swearing swore syntax tad tandem tasked televised tempered tertiary
thyroid tidy timeless tokens unreliable upbeat usable vanguard vomit vulgar waiver watershed weave wiring
adrenaline alleviate anarchy ashore aura ballroom beginner beginners bilingual bombings bonded boosting
brewers bundles canopy cherish chuckle comb completes complexes conceal condemnation contemplating cores
cruiser cruising curl dams dared dart defends demolished denim dependency detecting dew disable disconnected
dishonest dosage doubtful dysfunction ecosystems encyclopedia endowment engraved enrichment erect erection
eruption examiner exercised expenditures expires fauna feds fidelity finely flirt fluent flute footprint fore
forefront formulated freaked freshwater gr grouped halted harden hardened hateful haunting hepatitis horrors
inhabited inherit initiation injections insulted integrating intensely ions jeopardy ks listener mandarin mast
matte mediocre mixes morons mounts nicest nicotine nos notions oranges outward overrated packaged packets
passports peanuts pep piracy platoon practise presses rave reactors recreate reeves reigns resembling residual
restricting robe rye sails sensational sexism smokers sneaky socket spanning specifics spouses starvation
starve stool stricken stripping subscriber systematically taxed thanking tread tripping truce tsunami turbines
turmoil typed tyranny tyres unfit uphold volunteering weeds weir wonderland wrestler yrs zoning abandoning
abolition accessibility acquainted airs aloud angular anterior appendix approx attackers auditorium barking
behaving benign bleach boast brandy brethren brink carving cheeky chemist coastline cobra collaborate
comparatively compensated competed cosmos councillors crafting cuff curling cyclone dedicate deleting
deposition derive descend descending diligence disciplined discriminate distributions diversion doorway
drilled dumpster emailed empower excerpt existent fabricated fandom filmmakers filtered foe gatherings getaway
glamour heirs inbox incidentally infinitely inflated influenza informs inspected instructional interviewer
introductory jaguar judgments licking loft massively mediated mediation metrics modular nutrient occupies
outlaw oversee pageant parachute parasite parenthood perennial persistence piers pleas postage praises
preschool procedural profoundly prohibit pronunciation provoked quotation rappers registers relentless
remnants repression reprinted resolving ridiculously roaring scandals scrapped seasoned shootout sigma
simulations sourced spectator speculative spins stadiums stalls stripe submerged surgeries symmetry syndicate
tighten trenches trustworthy twelfth tyre ultrasound usher vacations vascular vets wholesome witnessing
workouts yielded absorbing adapting addicts adjoining allegation alternating ancestry ankles annex annexed
antibiotic arresting augmented avenues avid avoids badges barge bartender birch bland blended bohemian bong
bounded bows bribe bridal broadcasts broccoli brushing buckets buckle bursts canoe centred chilly chords cider
clowns clueless consciously corpses correlated correspond cradle crappy crippled decency deficits despise
destroyer diocese dispersed docs doorstep embarked enriched equip footing garments glamorous growers handler
hangover haters havoc hind hitter hive homophobic humid illuminated imam implants indicted inexperienced
influencing invading irritated jackpot kangaroo knowingly legged liberalism litre locomotive longing mailed
mantra mapped mating mesa microscope milky mixer monumental moth multiply narcotics nuggets nuisance obedience
objected obligated organise outing overdue overload parasites payable paycheck peaches peaked picturesque
pilgrimage pillows pivot pivotal pressured preventive primer profitability progressing provoke pulmonary
punishing radicals raspberry reconcile regression resilient roaming router routines scouting secretaries
selfies seminars shortages shortened shovel smelled splits staggering statutes striving suing surname
synonymous tackling tallest taped tedious toxins troubling tug twists walkers wink actresses ancestor
astronomical attends attire authored autograph automobiles axle barley bitten blasted blasts botanical bottled
braces brag bumped bursting catchy ceremonial cheque chilled choreography clarified cling coincide comedians
commemorate commits concurrent corrupted crocodile cub derrick diaper differentiation dine disadvantaged
disadvantages disagreed dissolve diverted dubious eagerly ecclesiastical elk enlightened erased escorted
exhaustion expectancy famously fielding fingerprint fisherman flap folklore forgiving fractured galactic
gardener glee gravitational grazing gunshot habitats hailed hereditary hiatus homestead horribly horsepower
hue icing idols insurers intellect intellectuals intending interchange jihad kidneys knob lapse laundering
ledger loaf lodged login loot magnesium malware mimic mindful motorcycles mural musk must've myriad nasal
nautical neatly negativity noteworthy nuns organising overturned paddle parrot partying peg pesticides pixels
plunge powerless pragmatic primaries quasi radiant refinery regained remorse reopened revoked rhymes rpm
sanity scratched sears sharia showdown shuffle shuts siding simulated skyline slab sprayed stacks startups
stocking subscriptions suites supplemental suspicions swimmer tariff techno teller textiles therapies trance
translating traveller unconditional unforgettable vacancies violates volatility weaken webcam wen abolish
accessing accommodations accumulate admirable adventurous alarmed ammo analysed anthology antiques anyhow ape
arrivals assaults assemblies auditor avalanche badger ballistic banter bidder birthdays blazing blockbuster
blueprint boosted bowler broadcasters cameo canals caramel charismatic chromosome chunks commencement concede
conducts confiscated contestant contradictory convent converse correcting corrosion crib crossroads dearly
defiance deter diner dipping disposition documentaries dripping ecstasy eighteenth eleventh empowering
engagements envoy expiration exploiting expressly fabrication facilitated faggot fascination fir foreigner
formulation francs frontal fullest fungi goalie gradient gravy grenades harmed herring hires hopper hugging
hysterical implant incompatible inducing injunction innate instituted jays keynote kidnap lama learners
liquids meats motivational nightly notwithstanding ordained originating orphans pans paralysis patiently
patrols paw pharmaceuticals pianist pickles pilgrims pisses placebo podcasts pointers postpone progressively
propelled psych punt reinforcements repetition restraining retrospective revise righteousness rinse scalp
scrolling sealing sheds sheltered shutter smartest snatched spans sparrow speculate spinach squat stew stoned
stressing styling sublime subtitles sweetness teamwork tequila terrestrial textures thinkers thorn thug tit
toned totals triggering twenties uncover unnatural unstoppable upfront urgently virginity virtues vouchers
waived wharf wiser wrestle xv accountants aggravated alleging alto analyse anomaly aperture apostles
apprenticeship aspire benches biodiversity biomedical blinded blurred boarded breadth bullies buster cascade
casinos char cleanse complains concord connector consolidate containment coupling crate crave crows
dangerously denounced diluted doping eddy elusive espionage establishes existential experimentation extremes
extremists fanny flashback fluctuations forecasting funnel gloss grading graft grips grumpy guise halves
heightened horizons hush imitation immersion inconvenient inspires interfaces intrigued intrinsic irresistible
kittens landmarks landslide leash manned melodies memorandum mermaid moderation nobility notation ordeal ox
painfully paranormal pear piston plugs politely pollen principals provoking puberty raided railroads reggae
relegated respectfully rethink reviewer reviewers rewrite rodeo shire sinks slit snapping sobbing spitting
starved stirred stockings stuffing substituted succeeds summons swung taboo teaser thatcher throttle tides
trendy trimmed trivia trumps turbulent twisting unbearable underage unleashed unmarried vaguely veggies visas
vortex voucher wand wanderers warmed accelerating advert afforded alias anchored annoy antibody apostle
appalling applaud arteries astronauts bondage boredom bounced bowman breeders brilliantly brunch cabinets
castles chem chestnut cleaners cleanup cocks compose concise confinement confronting consultancy contraction
contrasting convergence coughing criterion crossings crowns cylinders deduction despicable detachment
detectors dialog digestive diminish disclaimer disconnect discriminatory disruptive endlessly enthusiast
epilepsy estimation excavation extremist feeder flashlight flattering floats forcibly garland grail graphical
groundbreaking grouping holiness horrifying humiliating iced illustrator imbalance immoral implicated
inefficient initials instrumentation intensified intolerance jeez jurors keepers ketchup liars lineage looting
manpower martyr masturbation mitigation motorway obscene occupants octopus onward operatives opium ovarian
peck penal permitting petals pierced pistols plank plantations plight ponds presiding privy propulsion raft
registering rejoice relics reproduced roam sandals serpent sesame shoved simplify siren sleeper smear snowy
spectral spoilers stains stalk standings statesman stink stormy subcommittee suffice surrounds swat swine
symbolism tangled ticking tram tutorials underworld vectors vertically vigorous wandered wrongly yum abiding
alcoholism amplifier apes arches astounding atheism auctions audible avocado bangs bashing baskets bathtub
beep beneficiaries biscuit bitterness blatant boon boyfriends brat bunk candid caretaker carts ceilings
cervical checklist clamp clans competitiveness composers confederation confidentiality configurations
contradiction coronation counselling cracker crackers cunning depiction depleted diabetic digitally discord
distractions divides divinity donuts dorsal durability empress endeavour entertainer entrusted evidenced
extracts fatalities festivities finalist footballers forks gadget gasp genital glitch gong graded graders
greasy grieving grooming hacks hamburger heed hideous homepage hoops imaginative imperfect implicit inlet
insensitive interpreting islanders jars keystone knitting kudos layered lieu liquidity lotion lows mains
manipulating marquis mayhem merging mistakenly mould nipple noses nostalgic oppressive patronage pinnacle
plagued plated pods poorest programmers prompting prosper quake qualitative queries racer radial realms recap
reconnaissance regent reigning reluctantly rendition resumes revisions roadside rovers scientifically
scrambled scratches secretariat sew shaky sham shortcomings shredded slayer smokes soothing spawned
specialised stalker statistic stature steward stout strategically stripper stump submarines subordinate
swimmers synagogue tentative texted tongues topical transforms uneasy unfold variance vested vols wagons
wavelength workload xii yells acquitted admiralty ageing aiding artificially barring bead berth billionaires
blackmail blending blindness bragging brightly burglary busting cafeteria canary cannons capacities cardio
ceramics cheats clauses clumsy commuter composing contingency coworkers cupboard daft defences depended
deprivation disqualified disrupted diversified documenting doubted downing duly dusk edits enchanted
environmentally episcopal escalated everlasting executions faking feasibility federally formulas frenzy
fuckers godfather hostilities illusions inadvertently indifferent inject insistence interiors intimidated
invariably invincible jams jubilee kinetic lam lashes lavender lemonade lodging malls mania medically menus
mule mythical neutron newcomers nicknamed occupations orderly orient outset parry parted patio peacock
pedestrians pines pitchers plugged postcard powerhouse precursor preferable preparatory prism proclamation
proponents provocative purposely questionnaire reclaim redevelopment reflex relocate rematch renal repayment
residences restrained rhythms riddle rites roach roe royalties rubble sacrificing sapphire screwing seam
sectional servicing shrinking simulate sniff soaring soluble solvent spaced squid stocked stoked strapped
streamed sturdy swarm tanker taxis timetable torpedo traitors trolley trolling undertook undocumented vaginal
verbs viability villas whispered widening winged wiping wolverine wrought xiii yearbook abbot abduction ache
advises ancestral anchors antiquity apocalyptic appraisal aqua aspen autistic bearer bins bleak blender bogus
booming bruises cages chaired chaplain chlorine chow chubby clement collusion contenders contractual coroner
correctional correspondents corridors creamy cubes deterioration diapers dirk disbelief discreet distracting
dizzy duet dyed enact evaluations exporting expressive facilitating fiddle fists flaming foes folds fortified
glossy grit hammered harassing hauled hectares homelessness hopping horrendous horrified hostel hound hugged
illegitimate illicit importing incompetence insomnia interception invaders juniors karaoke lagoon lesions limp
lingering linguistics locating logically lunatic lyrical manifestation manufactures mastering mead mergers
migrate mildly miraculous moaning mocked mos mosquitoes mourn mundane narrowed nay nests nutshell obsessive
offending overboard paws pendant petite petitions pimp pipelines poised pol posterior pouch predicts
prescriptions probes proficiency progresses protestors psychotic racists referees reinforcement relegation
repertoire repository reversing rumble saloon sanction sexes shack sinners sire slated soaking stale
stereotype sterile stride stringent sulfur surfaced tacos therapists torrent trainee transmitting tripped
trough trunks tummy unjust upbringing uploading wager walled warehouses whack whoops accelerator accuses
acrylic anchorage annexation approves ascent assassins ballad banged betray bigotry biotechnology bookstore
breakers broom brute busiest camouflage chiefly childbirth chills collaborating compliant conservatism
continuum corona cosplay cowardly cruises cultivate curls dealership dearest defy denotes densely derives
devoid diagrams disparity diva divert drawers eater elegance encrypted escorts exposes extraordinarily facade
farmhouse filler fishes flea footwear foxes froze frying goodies handbag handicapped haze helium hemp hitch
hoc incarnation intrusion inverse inverted irritation juices keywords lavish livelihood marches medic midland
miscellaneous misguided morrow motivations muster mutants muted noodle nylon override ozone paranoia paving
persecuted phosphate physicist piping plurality prehistoric prohibits pronouns proton psyche quickest redesign
relocated reluctance rentals reopen replication rigging rotor sediment seeming selves sneaking solitude
spacing standby straps strikers stronghold stumble suicides supermarkets theorists there'll therein triangular
tricked trooper truthful turret ubiquitous unbelievably unconventional unnecessarily unnoticed untouched
vibrations visionary voodoo wilder witchcraft withdrawals withdrawing wrestlers adultery agile aides
anonymously austerity awfully axes battered biking boob boosts bouquet boxers browning bullock cad candidacy
cartridges carve cherished climbs clubhouse coarse collegiate commonplace compute confidently constrained
contemplate converter coop cooperating coronary cottages crook cucumber cupcakes darts depict diagnose
directorate disliked diver dormant dotted drifted embarrass emulate encompasses endowed enquiry evasion
evergreen eviction excerpts explodes explorers expulsion fades figs filth floated foliage foreclosure forgets
fortnight funnier genie glued goo heartbroken heats helper hesitant hoop how'd hubby humiliated hurdle
hypertension immersed immortality indefinite indices insightful invitations irrespective jacks kicker leaned
leases ledge lunches malt mayors melts mindfulness mined moderator momma monstrous morphology natal nodded
novice obituary ordination owls parity percentages persuasive pests pew piled poking populous postwar presided
prevailed proactive projector prominently prudent qualifier radios ratified realising refining regretted
reliant reputable revolver revolving rink ripple robbers salts sampled scrolls seeker sentinel signalling
sirens solemn spacious spheres spraying sprung substantive substitution sugars sweetest taxing torso
transcripts tremendously tumble unleash unpublished untrue verbally vitality weeping whispering windshield
zodiac abandonment abyss accession acquaintances amateurs amir archived arithmetic arson astronomers auditions
authoritative awarding barren basal batsman bedding bender bicycles bourgeois braking bribery brunette
bureaucratic buzzer cactus cassette chants characterised childcare chocolates chronological cleavage clones
cohort commandments conceive condensed contemporaries controversies convened conveyed crabs cuddle culprit
daunting demos deviation diffusion distrust dominates echoed elbows elves embark empires entrepreneurial ether
etiquette exhibiting extravagant familiarity fender fetal finer fittings flushing freeing fused gorge groves
gutted harp heartfelt hinted hoodie housewife housewives hubs hypocrite incorporation insure joyful kickoff
lacrosse latex leftover mammoth martyrs marvellous meh modem mosques motif necks newcomer nobles oats ominous
openness overheard oversized panicked papal peril playable plunged pores posh practising precaution
principally professionalism puppets rampage reassuring rebirth recharge rehearsals reliably renovations
reservoirs retina revolves riff scattering scrape scripted semantic shear shedding sherry shitting silicone
sly smiley snoop sponsoring stables startling strands strife stylist tattooed tenor thrift toured
transformations traverse turnaround uterus validate vocalist warranted weakening wildcats wipes wrists xvi
yielding zebra aces aft anonymity anticipating appropriation aria articulated assassinated babes bandits
banished barefoot barrage beauties bestowed bordering brilliance broth bruised buns cabins campaigned
centenary checkpoint chloride classify clinically cocky coefficient coined collapsing collisions condemning
conditioner conductors cones conglomerate consultations conversions cornerstone correctness counterfeit
dazzling deacon debuts deceived delaying dentistry desks detainees dictated disks dismissing edgy elevators
encore engages enormously err erupted espresso evade fairs freaky freshmen futile genera germs glacial glands
gloomy graceful grievances gritty heartbreak heist heterosexual hinder hobbit horseback hospice inhibition
integer interdisciplinary intermittent intimidation iteration joys kitchens liners magnum mandates martian
mashed maxim melancholy meteorological milf misplaced misty modifying monsieur mop multicultural nearing
negatives negligible nesting nudity obligatory oceanic ornaments outpost outputs overflow oxidation panorama
peep pencils pervasive pickle pinky playwright pledges predatory preface prescribe punitive quits rainforest
reborn reddish refurbished repercussions reprint restroom rhythmic robber robes roommates roulette rounding
rowing rulings rupees satin scatter scramble scraps segregated semantics settles shameless silenced sinner
skeletal skeletons skulls slows snapshot soar spherical spotting sprinkle spruce squared squirrels stamina
stimuli subconscious thinker tonic tossing troublesome tumour twain uncertainties underestimated utopia vanish
vigorously visibly vowed waterways wetlands wrecking xiv abrupt acronym adaptations adversity advertiser
affidavit antics appreciates artworks asserts astrology attachments baroness barrow begs binds biographical
bitcoins blouse bodyguard borrowers botany bras bulldog caterpillar censored chatter cheered chops cleric
comedic compile compressor conferred contrasts cougar creeps deadlines deceive defamation digs diminishing
directional disagreements disciple ditto divergent doctorate downright dues dumbest dwellings electrode
elemental elevate eliminates encoding excludes exemplary exited expansive fife flakes flavours geez gland
gotcha guerrilla gutter hearty hillside hovering ht hysteria impartial imperialism imprint incremental
independents infancy infused initiating injuring inquire inscribed insulated jogging jumbo kale keyboards
landowners lash leftovers madras magnets manageable manslaughter manuals mecca meridian misfortune moons
mountainous nearer obnoxious orphanage overseeing paused penned perpetrators phoebe pilgrim plainly positives
punishments qualifies rake recalling resent retreated retribution revolutions rhetorical rightful robbing
rumour safeguards savages semen sequencing shorten sighs sixteenth slime sow sparkle spawn successors suffrage
superiors surrogate synopsis tainted ticks toddlers toothbrush towed trapping treatise uphill validated
variability waltz wooded workings adhesive adorned affluent ambiguity anguish annals antitrust archaeologists
arid avg bandit barrister bazaar beneficiary biker bipartisan birthplace bracelets brides brochure brokerage
buildup butch carpets carriages chained chats chopping cigars civilisation closures coasts cobalt collaborated
collapses collier colossal comm commodore compiler conserve constellation contour crispy cropped curfew
decidedly delusion depreciation designate discard discontent douche dunes dyke echoing eclectic ecstatic
ejected endemic enlist entails envisioned eta exchanging exiled eyebrow fascists firefighter flashbacks
fluorescent futuristic gearing hallmark haste hauling hybrids identifiable illiterate immaculate improvised
inclination infested insurgents interpersonal interracial intruder inward itching kinky landings launcher
legality lessen lifespan longitudinal loosen masculinity matured microscopic midday moan moods morphine
motherhood murderous nirvana nonstop notoriously oatmeal opaque ordnance originate otter parting pelvic
percussion pigment populist porous preached predictive proofs pulses racially racks refunds registrar regulars
rein relic retard reunite reuse risked roadway rustic sanitary saturation scams scarcity scorpion setback
shaming shrubs sizable slippers smoker spartan speculated spilling squeezing stalled stimulated straits stun
subdued surpass swapped tack tagging tart throats ting tiring toothpaste transformer transient triumphant
umpire unborn undisclosed undone unheard vending vicar wallets weep welch woes woken wrench wretched
adolescence affirmed afterlife allowances ammonia analogous anarchist anecdotes animations appropriations
apron archaic assaulting attribution baffled biochemistry bop breached burr carbs cavaliers censor centennial
clapping clinging clover coatings coils cookbook cosmopolitan coyote crippling decorate decorating deductible
diagonal discredit dresser duff dysfunctional elm ems enquiries equitable exert expeditions faculties felicity
feudal fins flattened fleece fodder forwarded fumble giggles glare gourmet gripping handheld handshake harming
hefty herbal hippie hops hump idiotic ids implements incarceration incest infect insertion interruption
intrigue itch lattice leaps legitimately lends linebacker lowers magically marketers mastermind materially
mischief mums necessities nerds noticeably occupancy oncology opposes outsourcing overrun parcels pasture
pathological payload pertinent pigeons plentiful plumber porno portfolios preserves promoters prosecuting
purchaser rapes rarity realty rebellious reefs referencing reminders repealed reptiles revisit ribbons
satirical screenings sensual sixties slapping slump soften sos souvenir spaceship sparse spinner steamer
suction sunflower supplementary surveyor swallowing tailed temperament thirteenth topless torment tyrant
unattractive unbeaten understatement undesirable unfairly unification vineyards wastes wastewater weaponry
wheeled whipping widows wildfire withheld withholding wreath wt administrations afar affectionate agitated
annuity appliance aroused asserting authentication awaken azure bedside besieged biologist boilers bonnet
breaches breeder burying cadet calming casing catfish clerical coincided collage colonists complimentary
compounded computation conjecture conspicuous continual contradict cords crackdown craze crusaders cupcake
davenport degrading deli deteriorated distinguishing dreaded dumps dyer elongated embraces enamel encompassing
escalate evicted evils exceedingly excessively faked farmland fetched fiercely flashed fostering fourteenth
geese genealogy geographically giggle goggles golfer grammatical graphite handgun heaviest heresy herpes
hostess hunts iceberg ideologies ignite illumination impoverished improperly ingenious inquisition interns
intervened jab landfill learner lighten maroon masonry mechanically millionaires moor muffin nigger oily
olives ostensibly outbreaks outnumbered outspoken pacing palate pancake parkway pedestal pedigree pennies
phony pinpoint pip pleasantly ponder protestants prowess psychologically pursuits rattle recycle reimbursement
reinforcing reinstated repent rescuing revert ridges saliva senseless sermons seventeenth shortcut slamming
slay smoother spills staffed stumbling stunts tackled takeoff tat taxable transmissions treadmill trucking
unavoidable unilateral vie warped wasp watermelon westward whores widened academies acidic adherence adjective
adjourned amnesia amplified angrily appellate approving armoured ascension aspirin atheists bard bearded
beetles bends benevolent bestseller blazers blends blooded blossoms bog bombardment borderline boxed brows
bungalow burglar calibration cams charisma classmate cognition cooker coupe coveted crumbs cures curled
cylindrical deceptive deem deficiencies devastation devout disproportionate disturbances divisive ebony
embodied embroidered embryo ensued erratic exiting fang fiesta folly foo foreseeable fumes garnered glazed
hardwood highness hikes hindsight hinges homophobia hymns indifference indispensable infirmary inflict inhibit
insanely intellectually interstellar intoxicated involuntary issuance itchy jammed junta latch libel ligament
likeness loaned lofty loom ludicrous maize malice milestones milling mods motivating munitions myrtle nemesis
originality orioles ornamental oysters pancreatic partnering pebble peeled perseverance persisted pharmacist
picky pistons pizzas populace pricey profiling progressives prompts propagation psychedelic quieter radiator
rapists rector redeemed regal relativity revered ridicule roasting rocker rotting sculptor semifinals shalt
sheen showcasing sincerity sinful slander sleek slew sling socioeconomic solicitors spontaneously steamed
studs sturgeon subpoena swam sweeps syllabus teaming textual toad tombs troopers unaffected uncles undeniable
upstate vigilant visitation viva volcanoes washer watered wick worldly achieves additive adept advantageous
afloat agility alteration annoyance anon ante appointing archipelago assembling bailed bidders bloated
blooming blooms boating bonfire bookings bowed bullpen canine capsules carver causal centrally cheerleader
circling citadel climates colonialism comforts compromising cowards cranes cunts cutest dashboard deficient
degenerate demonic deterrent disdain disgraceful doggy dole dreamt dun eerie electing enraged envelopes eroded
estimating excursion exemptions exponential farce fatally fingerprints fling flowed flung fragmented frantic
fudge glide grieve grimes grossly grudge hairstyle handwritten hardships harmonic headlights heartless hectic
holistic hormonal implanted informant inhabit intervening intrusive investigates invoke invoked jackass joyous
kiwi leaflets licences limo lunchtime mace malignant mane mascara matchmaking maverick measles mend mentoring
migraine millennial mitt molten monsoon montage negligent nil opioid passionately pastors pathogens
penetrating persuasion phased plaid playback plush portraying portrays practised precedence preferring
previews pristine prognosis propeller pyramids quotas racket rags realistically reclaimed resembled resided
retrieval rotated roundabout saline saviour scarcely scraping shipbuilding shrugged signings slogans smoky
solids solos spade spoils steroid supplemented surveying swans temperate temps thematic threesome
thunderstorms tilted toaster treble turquoise ultraviolet unbiased uncanny underdog unfolding ungrateful
untreated usefulness vandalism vibrating vowel voyager weirdo weld werewolf wrongful acknowledgement adored
alerted alleges alligator amends annoys antagonist approximation aromatic assurances attendants baroque bays
behavioural benefiting berg biases binder blindly brig buggy bundled calves canonical cautiously ceasefire
celery collaborations collaborators commissioning counsellor countered cramps crowdfunding dab dentists
deploying deserts dictates dissatisfaction dodgy earthly eaters elective emitted enslaved entrances escalation
ethos eureka exec eyewitness fag favours fleeting flourished forfeit forging foundry fractions fro funerals
furnishings giraffe grinder gunman hampered hardcover healer heals hinge illustrating inaugurated indexes
insiders intestinal irons jock jumpers kneeling knuckles lifestyles mamma manic manifold measurable meek
mellow melon mirrored miscarriage narration nip oblivion observes ornament outpatient pamphlet parishes pats
perish perpetrator pervert pharaoh philanthropy photon polluted potion premiered preparedness pretends
prettier primal princesses prohibiting psalms psychopath pups quid receptive redundancy reelection reindeer
relapse relish rendezvous republics reversible rodents scumbag seams seizing selectively sensed shred sideline
sidelines simplistic skater spawning stares steaming substitutes supervise supervising supervisory swapping
sweeter syllable synod teased tees towing treacherous undermined undermining untold uplifting upsets
vaccinated vents versatility voicemail volt who'll wielding wingers wits wrongs abnormalities allocate
analytic apprehended ascending attributable barb bastion biopsy bolster bray briefs cancelling canning
capitalists chopper chromosomes chunky classed clerks cohesive commando complication computed conquering
constituencies contentious cosy coyotes crease cursing deadliest degraded dehydration delights denomination
desserts digestion dismantled dissatisfied distinctions docking dodging doubting dungeons effected embargo
embodiment emptied encoded engraving enhances entrenched explanatory extremism fairies filtration flagged
fleets fooling formatting fracking fungal glaciers glaring gloom goblin gunner hammers hamster heaps hex
homosexuals hooking hopped hydra hypocritical illustrious incidental indigo inscriptions instruct insurgency
intimidate irregularities jamming labyrinth latency limbo linger lousy luncheon mailbox mammal membranes
memorabilia midterm midtown migrated muzzle nationalities nurture oblivious ode outlining overt paisley
patriarch penthouse perjury persists pious plotted powdered pregnancies prematurely proprietor quarrel raider
rained raja reasoned rebate regulates reins resurgence rollers rooster routed rushes salads scuba seamless
selects sequels shattering shoreline sickening sidewalks silhouette slug smug soprano spectroscopy spreadsheet
stagnant startled steaks streaks strides strung summaries tanning tendon thine toughness tractors unanswered
unethical uniting uptown urinary valiant vigilante viper weekday weirdest whistles woe wrinkles abstraction
adjunct administering admiring ascended aspiration attentive awakened ballpark barbarians beak beige blasphemy
blinds blinking blueberry boar bran breathes bribes broaden bulky burdens cadets calendars camels cameraman
carbohydrates carnage cavities colleen comedies commended commune compiling conclusive conservatory
considerate constructions coo cryptocurrency cultured deductions depressive descendant dips disperse
disproportionately dives downed emery enrich entrants epidemiology errands exaggeration exhaustive
exponentially exporters externally fermentation fiasco fifteenth flares flops footed fright fruitful gall
gastric gilded hallelujah hastily headphone horizontally hurtful illuminate inaccessible incur inferno
introductions jog jug kinder latte leafy lobe margarita masturbating meddling nods omission orbits orchid
overtake paramedics peat perfected periphery perished physicists piggy piling portals predetermined prelude
prepaid priesthood punishable reaper reassure redesigned regiments remnant renders rounder satanic sausages
scented sclerosis selfless serenity shading shrug sighting singled sipping sonar spat stacking starch stony
stormed subtly superstars surfer taper teaspoon templates tightening tolls toxin trademarks typo unequal
unresolved unspecified vacated waffle warships washes wasps winery writ zipper acclaim aching acquires
adversary afflicted airfield alienated angered archers arrays ascertain audits bargains beards believable
billboards bitterly bloodshed boils breaths brigades bumping burrows cairns cello certifications chariot
cheddar chilli cholera clinch clipped collide commemoration commuting complexion compulsive congenital
construed consular corrective coworker crumble crumbling cultivating dangling daredevil denominations denote
detox differentiated discrepancy dishwasher doctrines doodle dossier dyes electrodes embryos eradicate excite
exporter extortion extracting feral flips flourishing footprints fountains frameworks freezes generously
grange greats hangar harms hasty hijacked housekeeper husky imitate imperfections improbable impulses
incarcerated ineligible infusion jaguars journalistic justifying keyword laced lemons lipid looming lordship
mahogany malfunction markedly mediator mentors meow minions mirage mockery modulation motorists narrated
narrower navigating navigator nightingale nuke occult opting ovation oversees palaces parades perch
perpendicular physique pioneered pleases plywood pollutants ponies pooh prettiest proficient protagonists
punctuation purification purported quotations ramifications readable recourse regimen removable repaid retires
retrospect roundup sensations sequential shafts signifies skates smelly solves sorta spiritually sporadic
stationery sunscreen tempest tending terraces there'd tightened tights tofu tragedies transports truss tubing
turnovers undue unprotected unsettling upscale viewpoints wacky wealthiest wearable wreckage zeppelin aches
adamant airspace allotted almonds amplitude analogue annotated anomalies ardent arenas assay assigning
assorted badminton barbarian bedrock boardwalk boasting boldly booths brittle budding charters cheaply
climbers clogged cohesion compel complexities compromises conduit congregations constraint contradictions
conveyor cramped crates crawled culminating cutters dashed decimal defensively defunct degrade demonstrators
departures differed diffuse dignified disapproval disobedience dreamer dune dwellers electronically
emancipation entropy epitome esteemed excused extradition eyesight finder fishy flooring forearm frail fray
gathers glaze goldfish grizzly grotesque gunners hallucinations harass hooded horrid hwy impractical indexed
insecurities interchangeable interrupting irreversible jacked jerks joked lawless leftists leggings legions
locomotives manifested marries mayoral medley mercenaries might've minimalist misled multiplied objectively
orbiting orchestrated pap participates phoned plugin polishing polymers pore postcards postgraduate
predicament predominant proverbs puke puzzled quadrant ramps recital recite reckoning recollection
reconstructed refine regents reiterated resale retake rips rosy rupture salted scandalous seasoning securely
shabby showcased sightings sinus situ skid solace spanking splinter spoons squats squire standout stills
stoner strengthens stung suppressing swimsuit symmetrical tam tenders terminator timers tinker topography
unexplained unintended unmanned unsolved unsuccessfully uptake vantage ventured virgins waldo watchers whim
whine withhold worshipped zeal abort abound adversely afternoons agendas angled antennas assertions astonished
audacity banjo barbaric barbed battled beech benchmarks blazer blower blurry bravely breweries camped cherries
chevron clinicians coercion comma competency concerted constructs cont convicts cravings crotch crucified
dashing departmental deposed dharma dialysis disclosures ditched divisional dogma emptiness encompass ensign
escalating evoke expansions experimented facilitates faithfully fern fingertips firepower fixation flanked
flatter flushed formative fret frontiers gastrointestinal geeks genders grader grasses gratification gruesome
guineas harshly hedges huts hydrated imaginable impetus impulsive incense inhuman injure inserting
intersections inventing invoice junkie latent leans limitless literate lowly lucid lymphoma martini merciful
midget midwife misinformation monologue monoxide musically mutiny nagging nephews nervously nighttime
nonlinear numbering outweigh parasitic parsley pendulum picket placements poignant polio potency precarious
pretext proclaim quaint qualifiers raccoon raiding rallied reassurance recovers redistribution restrain
retreating richly rioting rookies saver scarred secession sectarian seminal serene seventies shaded shipyard
silica simmer snag snuck sob sophistication sourcing straighten streamlined sweaters syringe thinly tinted
tornadoes tote trainees transverse trembling triangles tributes trident tweak unison unlocking unprepared
unrestricted unsuitable unthinkable uplift vanishing venerable wasteful waterfalls youngster activating adopts
adverts advisable angst antiquities apathy arcs artisan assortment attaching auditing bandwagon bane basins
billings birdie bison blacked blacksmith blanks brainwashed brothel burrito bytes calmed camper cartilage
casket claimants cleanliness clothed collided commentaries complicate concerto concurrently contraception
convex crouch culmination curing dank decomposition dehydrated democracies detriment dialects discretionary
dismal dismay disparate dissemination distilled dodger domestically electors electrician endorsements equator
estuary etched eternally excise expel exposures facets fad fledged forcefully foreground frown fruity
frustrations gals godly golfers groin grounding gunpowder hamper hatched helix heroism hierarchical homie
hornets hover howling humbled inducted infidelity internships inventive inversion knack kosher librarians
licked liquidation longitude lured macho maestro meditate mercenary microscopy morbid motifs multiplication
mysteriously nonfiction nouns nuanced occurrences orb orchestral ordinarily orthodoxy outage overcame packer
paternal pellets pelvis penetrated potty powering preoccupied projectile protracted psychiatrists puddle quay
railing realist receptionist reckoned recruiter reforming reload remuneration replicated repressed reputed
resigning restraints revoke richness scanners secretive sediments serviced silky slaying smallpox snails
snoring sociological sorority sped speechless spores spurred stair stemming strategist subdivisions sunken
supremacist toasted tortoise tragically transitioning translators typewriter understandably undisputed
unprofessional veggie veiled visceral vividly wannabe welded whaling wiggle wrongdoing abusers accommodating
additives aggregation ahem alkaline alum antidote anus archery arterial artisans asparagus attest
attractiveness auditors auditory avenge aversion awkwardly badgers balm behaves biennial bikers bologna bolted
bony borrower bridging brighten brood budgeting bulletproof campers ceases cemented cessation charmed chemists
chipped combating commencing commend complied contemplated cricketer crochet cruisers cypress dandy dependable
deteriorating disagrees eased easing elevations emeritus emigration emit enthusiastically excavated
excavations excursions extant farmed fathom fictitious firsthand flashy floppy fluoride frat gardeners
geologic giggling gospels gowns grasping grooves guideline headmaster heartland hedgehog heinous hens hoe
hypnosis immersive impeccable inbound inconsistencies inference infiltrate inflatable inhale instinctively
interconnected intolerant jellyfish judo kilos lament leach lefty legislatures maids malpractice manipulative
marginally memberships microbiology migrating modelled modernity motherfuckers narrowing nectar neighbourhoods
nitrate o'malley oft oversaw pastel patterned payoff perpetrated pessimistic pesticide phosphorus platter
pounded preachers premieres prod prodigy prosecutions prototypes psychotherapy pundits quilt qur'an rapping
realtor refreshed regency reptile rescues residues revisited sag sauna scaring seasonally sharper showcases
sluggish slum smoothie snare snipers snowflake sod spectra spines spoiling stag stomp strangest strata straws
studded submissive subsection suede summertime tabloid teal thorns throwback thunderstorm tiers timid towering
tracts triathlon trickle troupe tsp tweed ultimatum uncut uninterrupted webinar weekdays widen widest wigs
yachts yelp affirmation amassed apiece appalled appreciative arched ascend bandage biologists bittersweet
blight braid branching bulge cabaret caregivers catheter chemically chewed cinematography cleans
coincidentally commandant compartments conducive confines conscientious consensual consumes contrasted
critiques crystalline cuffs cyanide deceit delusions denounce derogatory diagnoses discriminated dismantle
dismantling disrupting drags drugged eastward embroidery emo endorsing enigma equivalents estranged euphoria
firewall flattered fluorescence fonts forceful forte fours frowned gangsters gibbons grassy greener hanger
hawking hem hitters housekeeping ifs impacting inequalities infiltration insidious intimately jargon kayak
kilograms kneel ladders leakage liberate lizards logistical loophole luminous malnutrition marlins marshals
masterpieces mathematician mayonnaise melodic memorials meticulous modesty motherfucking moustache muffins
mugs netting nigh nocturnal nozzle nudes offside orgy overlay pastures paternity patriarchal peeing peeling
perched pitiful plethora plutonium prerequisite psychosis quantify rabies rallying rations recount rectangle
recurrent refill reflexes reinforces religiously relive renewing reopening requisite responsibly resurrected
revolve rewind rightfully rigs rubs saddened saddest secluded seduce semifinal shadowy shun sidekick skewed
softened specifies spectre sprinkled stallion stepfather strangled syllables tapestry taping tenderness
terrier tester thirties thistle thumbnail tickle trays tubular tumbling turkeys underside uneducated unload
unloading unmarked unreleased upkeep urn vigil voicing volley voyages waive warmly wavy wept whew whirlwind
wildest winnings woodlands yearning accomplishing accumulating appreciating aristocratic aroma arsenic assigns
assures backers basing batches beggars biographies biologically bowled bubbling budge cheater cheeses cloning
clout comical commemorative confederacy converge corny countrymen crucible cryptic culminated curses deb
declarations deities deletion diligent discern dislikes domino downgrade dreamy drenched droid dukes dummies
dung earners eel embryonic emoji encountering endanger equities fakes fanatic feats firmware formulate forts
fragmentation franks gated glorified gracefully gubernatorial gunmen hawthorn hoard horde humming ignited imp
implicitly inconsistency ingenuity injecting inorganic intestine isolating itinerary juggling justifies lacy
lair lambs leaping liberating lifeless lifeline lobbyists looms lotto lovable messes metaphors moot musicals
nebula neurology newt notebooks overflowing overland overshadowed pantry parchment partake pedals pesos
philosophies plagiarism poked polled prefix proctor prologue pueblo pulpit puncture pussies recounts redhead
relational renegade resorted ripper roofing rotational safeguarding sash scrambling seductive segmentation
shaker shielding shone sissy sizeable sled sludge sniffing sorrows spamming speedway spiked sprouts staffers
staffs stiles stretcher stricter subtitle sympathies taker telescopes threaded tong torturing townships
transplantation triad trimming truthfully unfounded unimportant uninsured untitled vape vernacular virtuous
vulnerabilities waffles waiters waivers wight worded y'know abrasive accompaniment accomplice adoptive
ailments alphabetical alternately analysing annihilation arbitrarily armistice auspices awakens bathe beheaded
boasted boroughs breathed calamity carbonate catalytic cemeteries chases cheerleaders cheesecake choral
chronology clam coefficients coldest colouring combatants competes configured conflicted convection
coronavirus craftsman creams cripple crooks crunchy curvature dares deflection despised dialogues discouraging
distillery diversification drumming effortlessly eighties enactment enlighten envious erroneous exacerbated
familial fashions filings fishery folders frivolous fruition fullback galley giddy grandeur grappling gunshots
handlers hanks haunts homogeneous inserts intangible interceptions intestines inventors ire kiddo knuckle
landscaping laureate levied lineman litres lodges madman maniac manifestations mavericks menstrual
metaphysical meteorology mindless misconception mislead momentarily mounds narcissistic negotiable nicknames
northward nudge nurturing obscured outlawed ovens overturn padded padres panicking pantheon payer pictorial
pints ploy pours prejudices presumption proclaiming prospectus prosthetic puma racers reactionary reciprocal
reconstruct redwood relieving reverence rims scrubs seaweed seduction selfishness serge servicemen setbacks
sevens sewers sexiest shaman shatter shepherds shoving signify sketchy smuggled snowfall southbound squirt
stewardship stitched stoppage straining superpower suspensions synergy takers tempt terminating testifying
thermometer tint triumphs unbroken unsettled unveiling versed whiff whopping wilt absurdity achievable
adversaries alchemy ambushed anatomical antigen apostolic applauded aristocracy armchair aunts babysitter
babysitting backlog bile biochemical bled bling boner botched bouts brownie bunnies calibre caliphate captives
carcass cardigan carousel circumcision clandestine clarifying clutter commuters complying compost condemns
congratulated conqueror cot crafty crickets crusader cumming cutoff debacle defiant deformed detain
diagnostics directives disarm drawback drawbacks elliptical eloquent eminence emitting emperors entail
equatorial eras eyeballs fallacy feeble fend ferocious fifties flake forensics forwarding fragrant gallant
gazing genitals geologist goldsmith golfing goons guesses gums handcuffs herds hermit hindered hookers
horsemen illuminating indebted indecent inquest interacts interfered jerking jingle kilometre kink lagging
lawns lice loco looted lorry loudest magnolia medial mercantile migratory mingle modernist moths mover movers
nomenclature organisers outback outcry pamphlets panoramic pauses pave philanthropic playhouse preferential
prescribing probing prolong propane purest qt queues rambling recruiters redirect relentlessly remanded
reusable revolutionaries robberies rowdy saffron sassy schoolboy scoreboard seeding sender septic shamed
shenanigans skateboard skiers slider smacked smiths someones staggered staining stalked stemmed stipulated
subversive sufferers suggestive suitability superstition surfers swallows symmetric synonyms theses tic tome
tonne totalitarian tramp transistor translucent trashed trot unbalanced unintentionally uniqueness vertebrae
vertex vowels wheeling whistling wield woodwork yellowish accompanies acidity ado affirm agrarian airy alloys
anecdote anew ani appease aptitude arisen assassinate asteroids backside bassist bespoke blatantly blinding
blowout booted brisk bubbly bummer cauliflower cereals chainsaw cheetah climatic clockwise clockwork coincides
conformity confronts consort correlate cougars courteous craftsmen criticise cupid curiously damning defer
deforestation deplorable deranged detergent detour diff dissenting distressing docked downtime downwards dries
enlarge enlargement equate equestrian ethereal expanse faiths fanatics fanfare fingernails fireman flaps flask
fluff fondly footnotes frosty gearbox germ gnome guaranteeing gunpoint heartache homeowner hooray huskies
hypotheses imitating imposes individuality infiltrated insurgent intertwined inventories jails janitor
judgmental lanterns launchers legislator lien limousine linden lupus lymph mansions manure meatballs
meningitis meteorite militias misogyny multiplier newbie nominating northbound oblique obscurity onslaught
opal operas organisational palsy paramilitary partridge patrolling payers permissible platonic polka primates
rattling realisation recapture recounted recurrence referrals refinement relocating reparations repel
researches resigns revamp rodent rudder rung satisfies scraped seaman sensibility shielded showered sizing
skier skyscraper slabs slumber slums sockets sprays staunch stiffness swayed swoop tentacles therapeutics
topology transatlantic tutoring uncontrolled undecided unparalleled unsolicited unveil unworthy utensils
vaults vocation volts waged warmest whoop abbreviated admirer aerobic aerodynamic aesthetically agitation
agreeable airway algebraic amaze artefacts assertive assimilation augment bachelors baseman batted bitching
breakdowns breathless briefed brownies browsers cabs captions carefree caricature carton chandelier chests
chute clipping clot comets companionship complacent concentrates confer contractions coolant copyrighted
counteract courtship crammed craven cushions debilitating deepen deepening dependencies deprive destroyers
devise devotees directories disclosing discrepancies disparities downturn drier efficiencies electrically
embodies enclave entourage epoch exaggerate exaggerating excelled extinguished farts fated fibres fielder
foggy forgery frequented functionally furiously gaping gentry gimmick gladiator glimpses glittering glossary
grinning grizzlies groundwork gymnasium hammering hays hounds implementations imposition impromptu indulgence
intersect invasions iodine keel labourers lemme lettering lewd lifeboat liturgy lumps magma mammalian marbles
milking millennia miraculously mortals motorbike nodding nonexistent notoriety nuclei nutty obedient orgasms
originates ornate ousted palpable paramedic patched perk perpetuate perverse perverted philharmonic
photographing photons playlists plume plump prequel prophetic provocation pumpkins purified radiology raffle
ragged rainbows recoil recorders redo rejoin relays remission renounce repentance resonate restitution
reviving rewritten riddled ridiculed rotations rugs sacrament sauces scholastic scourge shopper shrub skis
slag sluts sneeze soaps sobriety sorely sprawling sprinter sprite stagnation stead stinks structurally swag
sweatshirt tangent touted tracer transporter undergoes unearthed uniformly unqualified unquestionably unravel
variously vests veterinarian viz warms wasteland watchdog watery wavelengths weasel whips why'd workplaces
zest zoology aborted absorbs abstinence academically activates adjectives adventurer adventurers aeroplane
alcoholics allege announcers arduous attaining bagel bagged barometer biggie bigot boa branched bruise
bruising bullion bumpy bums bureaucrats carp castor challengers charting circumference classifications
cleverly clocked coasters codex collars composure concur conveying cornered craziest defying delicacy demolish
deport dictators dictionaries dilute disabling disillusioned dispersion doomsday draped drinker eels
emphasised entangled exploratory facet fates fermented ferries finesse fireball firth flannel floss foresee
frantically frees fringes geothermal gist grievous handbags handkerchief heaters hookup hopelessly
horticulture howl impunity indexing infertility informational inline insolvency intermediary interrogated
jokingly juveniles kinks laughable locus makeshift marquee masturbate mathematically matrices melanoma
menacing microbes midterms moors nag nativity neglecting nook nutritious overdrive padding pant penitentiary
perilous periodicals pharmacies plaques plastered plucked polytechnic popularly pornographic posse prepping
rebates recognises recognising reconciled refrigeration refunded rename repulsive respite revamped revising
rhinos sadistic samba scorers sewn shaggy shelling shrunk sitter slant slashed sleepless slur snowball sobs
soles soothe souvenirs spelt stalling stamping streamline suckers sulphur swears tablespoons tacky tampering
tankers telephones terminus testicles thaw throughput timelines tout transnational tripod tulip turnpike
unattended unbeatable undertaker uniformed unloaded uttered vulture wares waterway absentee accolades admirers
anarchists anecdotal animosity appoints autoimmune bakers barons battalions beggar bombarded boulders bounces
bouncy busts calibrated canteen capacitor captivating carbohydrate cartels cavalier centrist chatted chauffeur
circled circulate clergyman climber clinched clutching coliseum combs commandment complimented conceivable
condone congested connectors consecrated contaminants contiguous conveys councilman cranberry custard
deceiving defaults definitively deflect deliberations denoted departs deregulation desolate devour digger
disarmament disgraced dishonesty divergence domesticated doubly doughnut dwarfs embody enrolling envision
equivalence eruptions esoteric euthanasia felon flammable footnote fostered furthest garnet glanced grapefruit
grate greyhound grossed gyms hairdresser hardness helpers hilly hogs hone humbly inciting incomprehensible
incumbents inertia infestation insurrection intolerable lauded laziness leech lei madly minimise miserably
motivates mustered mutilation nerdy nifty orphaned ova paces palladium particulars passer pathogen pebbles
pelicans pensioners personalised piazza pickled possessive pranks prefecture pretentious promenade pronoun
rapport rapture ration ravaged reconnect rectify rivalries rudimentary sabres sayings scariest screenwriter
seconded seduced selector shawl shilling shroud shutters skim slaps solicitation specifying starboard
stereotypical stewards stupidest superseded surpassing swirling teas timbers tormented twinkle uncharted
unforeseen unsigned unspoken upholding valet vehemently vendetta weakly wiener wildfires accommodated alderman
alienation altitudes amplify anorexia anthropologist antidepressants astronomer attested attrition autopilot
baggy bailout ballads ballast blackjack bloodstream bluegrass bordered bottling budgetary bustling chipping
clutches cockroach collaborator composites consolidating contends contradicts cumbersome curt cyclic cyclical
deducted deformation descends devotional distinguishes diversify downloadable duplication dynamo elixir
embarking enhancements evolves eyeing eyelids eyeliner fable fatality fenced firewood foothills foresight
forsaken fundamentalist gabby geniuses groomed hackney hamstring hordes horseshoe incision indistinguishable
infer inpatient inspecting intensify invitational kennel knitted lager lighted loathing loyalists manhood
martyrdom menopause misconceptions mobs motherboard mutilated napkin neuron nuances nugget opus orchards
outlaws ovaries overtly painless pears perpetually pharmacists pitted pleads poisons politico prenatal
probabilities probate procure propel propensity purchasers rattled realises receptions renters resorting
retreats rosary rundown ruptured ruse seniority severance sheath shillings shortcuts shorthand shreds shrines
singularity snowman spinoff sportsman squarely stalks stepmother storming strippers strut succumbed swagger
swirl telecommunication temptations theorist theta thong thrills thumping tot transcribed tropics tsar tycoon
unconditionally uncontrollable undeniably unfolded unorthodox uproar vertigo vigilance viscount walkway
westerners whistler windmill workflow wrapper yogi zoned acetate affirming aisles allure amps anthrax
apprentices aqueous attainment auctioneer authorship awoke axial battleship bayonet bombshell bowing brewed
burnout buttocks buyout byte cancerous carat carcinoma caveat caviar chairperson chore circumvent clique
conserved contemplation contrived corolla corrugated cranky crept crunching crushes cults curvy deluded
deployments deteriorate disbanded discredited disorderly distraught distributes dons doughnuts drizzle edging
elaborated embankment embassies emergent enchanting entertainers entice exalted exchequer filly flanks
formality fortitude fouls gambler gent gents geopolitical glitches governs grievance grunt gusts hailing
harmonious hashtags hitherto hornet hyperbolic impeached impedance incline incubation insignia
intercontinental interplay isotope jigsaw juniper kindred labelling lander layouts lilies lollipop machete
marshes marshmallow merchandising microphones mink mischievous misunderstand molested monies monograph moo
morphological movable mucus mulberry nameless naturalist necklaces nightlife officiating omnibus opposites
outburst overseen overwhelm pathologist pct peacekeeping pharmacology pitfalls pixie ply poaching powders
preventable primed proponent protectors provenance provost putt quadruple racking ratchet ravine raving
recreated redress regenerate reigned reincarnation replays retirees rife romances sax saxophone scarves
settler sever sharpen shellfish shortening showering shrapnel shutout sickle singleton skateboarding skips
skit snowboarding snuff solidly stairway starry stoic supersonic suspending swamps swaps tablespoon tapered
taser technologically temperance testimonies textured thrash thresholds thwarted tombstone torches torpedoes
transplants tributaries tributary trumpets turd turrets tutors tweaks unchecked unfolds unhappiness unifying
unimaginable unites utilised utopian warship weathered wholeheartedly whooping widowed willed worsening
wounding zenith abbreviation abuser accords accrued adhesion animate appropriated arming asymmetric atrocious
autobiographical avert avian backstory barns bayou blueprints bodybuilding bodyguards briefings bugging
bullish candies cantor chairmen chastity chime chromium circumstantial claimant closeness collectible
commemorating conceding conductivity contended contextual contradicted cordon cram crazed crossword cuckoo
cuddly decaying decipher delve depletion discriminating dispersal displeasure diss doth downgraded dumber
dwarves effortless ere fellowships finisher fluke fondness furnish gauntlet geologists ghostly giveaways
gliding googled grating grilling gripped grouse growl habitual hammock hater hazy horticultural hurling
hurried hypocrites idealistic impede imperialist induces inflamed inhumane innocents instantaneous italics
jinx jobless jurisprudence justifiable lark lecturers lecturing linkage lobes louvre lovingly manifests
masonic medics messengers mitigating moderated monarchs mortars multiples murals nineties nosed nukes
observational ombudsman ordinances overtaken pancreas pandas parlour pasha periodical pickups pinched plating
postings postmaster powerfully primate proverb puns quarterbacks quarterfinals quests raisins ranting
ratification recited reclamation refineries refute reverted rewriting sculpted sects sedentary sheriffs
shivering shocker showroom sightseeing skaters slicing soggy someplace sorcerer sorcery spades specialising
speciality spleen starlight steadfast stimulates stomping stoop stroking stuffs stylistic superpowers
superstitious tentatively thinning thrice touchy trampoline tranquil trespassing undergraduates underwriting
unplanned unsuspecting unwelcome unwell vacate venting warring wetland whit abode abomination acutely
adherents adhering affiliations allotment amplifiers angelic antisocial anxieties approvals associating astral
astray audited baffling banded bathed betraying blacklist blunder booing bowlers brownish bummed burdened
chaser checkpoints choreographer clams commotion communicates completeness concierge congressmen cynicism
darkened dazed debatable denominator devolved dieting diligently diners dowry drinkers duality duplex
endearing epilogue etching exemplified extermination fancied firefly flotation focussed foraging forbids
foreword gamblers garages golds grandchild grids grossing habitable hails hallways harem hegemony hippo
hypnotic imagines inaction inconclusive incubator inept inexplicable innovate inseparable instructing
intravenous invests juries juror kilo kinship lactose lat lenient lids likened lockout lube martins masking
mathematicians mediate methodologies microorganisms moans modal moderates modernism monasteries narrows
negotiator niggas nomadic observance overloaded parentheses penance peroxide pigments pinning planks pluck
postdoctoral preposterous pressuring preventative prophecies proverbial puffy puzzling quail quirk rabid
redneck reformer reformers registrations rehearsing reiterate resolves resonant resultant retinal scammers
schema schizophrenic scorn screwdriver shippers sighed sizzling slowest sonata soulful stampede standoff
stately steered straightened sugary suitably supernova surrendering synonym tanned tantrum tapering toxicology
transfusion treachery tweaking unbreakable undermines unmatched upheaval uploads vaccinations valuations
veneer viscosity vouch wafer wiz worsened zoos adaptable adhered adjutant advancements aggravating altercation
amplification amuse ancients aptly archaeologist armada arousal artistry assuring atrium atypical autographs
autos backups bah beacons bearers bouncer bracing breezy brunt burgeoning cadence cancels cashmere chaps
cheeseburger churning cipher clarinet clashed comforted condensation condos confesses confluence consented
constipation consultative contesting contraband cookery criminally crocodiles crutches custodian cyst
decisively degeneration delinquent democratically deodorant detonated disappointments disapprove dodged
dormitory dredging emigrated enticing eradication ethnically evangelicals evoked excesses exhilarating
eyelashes fainted feline femininity ferns fickle figurative flared footwork forage fraught freshness fronted
gauges grapple grated greets groan grub gunned handouts hangout headers hickory hives hoist huff hunk
identifier incite increments inferred informally inhalation inhibits insides interruptions intoxication
isotopes jagged laces lamented lasagna leaflet massacred massacres maturing mediocrity mediums minding moat
mouthpiece muck murky nab neonatal nickelodeon omen orally orchids overgrown overlooks overpriced overruled
painkillers pallet partitions patriarchy patsy peaking pedagogy perm philanthropist pinto predictor premiers
professed rants readership reaffirmed reciting reels relinquish resists resolute restricts retainer rethinking
runways salient scents schematic scoreless secs secures seedlings sentient separatist sera skyscrapers slurs
smurf snippet somethings spokeswoman spotless sprang stitching stockpile strenuous strikingly strives stumps
subordinates surcharge tarot theologians throbbing tilting trailed treasured tungsten twigs umpires unharmed
unilaterally unintentional unspeakable untimely wedges whomever wondrous woof workable wrinkle yak abstracts
abundantly adoration affectionately affliction alluded alters amounting backfire bookshop bowers bridesmaids
brooding canes caregiver championed clapped clerics cockroaches coerced collectibles conspirators conspired
conspiring contours contraceptive conversational corrosive counterpoint courting cowardice cuddling defied
depictions derailed dill discontinue diseased disgruntled dispense disqualification dizziness ducts dusted
enacting enigmatic envisaged esquire ethically exhale fanning firemen fission fives fleas flurry folio fosters
franc frugal fugitives galore glimmer goon graces groovy gully gurney handball harmonies hectare hickey hijack
hikers hologram homicides humankind hydroelectric immunology indulging ingested inhibited intensifies
interacted intruders iterations judgements kiln landowner leveraged levers lilac limelight loathe lobbied
logistic loopholes macaroni manganese mantis mattresses midsummer milligrams mimics misunderstandings
momentous mules nightclubs nightfall notary observable occupant omissions organiser outfield paddock padre
pang pardoned parliaments participatory partisans perils permissions plugging pneumatic pointy polyester
polynomial porridge protester pug quill reassured refurbishment renown rescheduled revel reworked rower rut
salaam scapegoat schooled screeching secretion shambles shipwreck shrewd shudder shunned slalom smuggle
snowflakes solder spanned sparring spectacles spire spout sprout stench stings stochastic subsistence
subterranean sully superhuman tenacity tolerable trespass tuxedo umbrellas understated undeveloped unknowingly
unplugged untouchable unwarranted unwillingness vases vetting vibrator wailing whisk wishful wrestled
abolishing accountancy acoustics actuality addictions aeronautics alibi anointed arias astute attainable
ballerina bashed batters bewildered binoculars bonkers brazen burlesque burrow calculates callers campfire
cashed caster catalysts catered causation chameleon checkers cheques clasp clit compulsion concealing
condescending condominium conical conjure constitutionally convincingly copious cordial coy craftsmanship
craziness creatively creditor crypt custodial deactivated decreed deems delegated derelict detects dignitaries
dismisses dispel dissident ditches dork dory doves droplets dusting edict egos egregious elasticity elicit
epoxy evangelist explorations extraterrestrial eyeball fiend fledgling flicker flimsy fob gambit gleaming
grille gullible gust gypsies happenings haw hearth heathen hereafter hijacking hinting hoarding homers hoods
horoscope humanoid idealism illegals impeach improvisation interspersed invoking ironing jerky jig junctions
lawfully lexicon licks lifetimes littered livery loader lobbyist loosing lurk macintosh magicians maximise
medallion metaphorical mismatch monastic monopolies mow mower mozzarella multilateral mutated namesake
nominally normative nostrils nurtured objectivity oblige ogre oiled overheating overreacting overthrown
palliative parable pastime patchwork peed peeps pellet pesky phobia pinball planter plenary plunder postman
prays privatisation pseudonym purgatory raps rationality rearing rebuke rebuttal refrigerated restarted
retaliate riffs rockers rook rouse sampler scaffolding scant schoolgirl sedimentary semblance sensibilities
sheik shockingly sidelined sine skunk sloth slowdown smugglers snapshots snitch snowing snug solstice
songwriters soups sparsely spindle spoilt spoof sporty staffer stockholders stuttering subdivided subtract
supermodel susceptibility sweats syphilis tactile tangle thermodynamics thermostat thrives tingling tort
trackers transcend trope tufts tumours undercut underlined unfriendly universes unlicensed unproductive
valuables vial violinist vultures warlord whence whimsical wrenching accordion aeronautical alimony aloha
anthropological anxiously apprehension ares articulation assailant atonement auspicious avenger barricade
baseless beater benefactor biographer blackness booed boyhood briefcase bugged bunkers butte campsite
cancellations canister canons caters chronically chuckles cloths clustered coherence complainant complemented
compounding conforming connotations consonant correlations crazier cricketers crisps criticising crowning
crucifixion cursor deduct delegations diaphragm dichotomy diminutive dispensary dispensing disregarded
dissidents doubtless dreamers dwindling embellished emphatic enlightening enrolment exclamation executioner
exempted exerted exiles expressway fairer fairest filament foyer fresco frigate fuselage gait genitalia gilt
glider gravely grime guerrillas heron heyday illogical impart incapacitated incoherent indulgent inert
inflicting initiates interlude internationals interpreters interrupts invoices irradiation irritable laminated
leviathan ligaments lonesome lug lukewarm lumbar luxuries marathons markup marred midwives miniseries
mismanagement mixtures motley mouthed mowing multiculturalism mussels nieces nit nuance obstruct oftentimes
outages outcast outings overcrowded overriding pane penultimate peppermint percentile persuading piety
placenta planters playgrounds pleasurable plough potentials prefect prevails propagate redefine reeling
reinstate remit respondent resumption retailing retrograde reunification reused revere romantically rout
salmonella scarecrow sceptical scrubbing servings shrinks smeared softening soybean splashing stardom steamy
stomachs stopper strolling subtlety swells symptomatic tenets thunderbolt toggle tonal totem tourney
transitioned transmitters tripled ulcers ultrasonic unicorns unlawfully unveils unwind unwise valentines
vaping verifying watchful wayward workmanship wrecks wren wronged yoke acorn ailing aloft amalgamation amazes
aneurysm antelope archdiocese automate basilica beset bitchy blaster bleep blueberries blushing bowels braided
bridesmaid brochures capping cashing cautioned cavern certify checker chivalry civilised cocoon confessing
conspiracies constants cooperated credence creeks crossfire debtor denouncing densities derail disallowed
dispatcher dispatches dissolving distort diverting draught dreary dropout duped duplicated earring emptying
enclosures endangering environmentalists erroneously evaporation evokes fared fingered fished flicks foregoing
frighten gable gags gallows goddesses guilds gunning haiku hairstyles harrow hatchet henceforth hesitated
heterogeneous hilltop hobo housework howdy huddle humiliate hurled importer indignation ingrained inhaled
injustices inked inspirations irritate jive keenly lass lesion lieutenants lull lullaby machining mackerel
massages medallist metaphysics meticulously migraines mite momentary moratorium morgue multiplying munch naps
nascent netted neurotic newborns novella obstructing octane octave oldies piercings plugins pondering popes
postmodern precincts prerogative procured proxies prudence prudential pry psychoanalysis puffs purged
purposefully pursues radiotherapy rationally recoveries remarried remedial repealing repressive resonates
resourceful rotates sacrificial scorching scribe sentry sexton shelled shingles silencing silverware skillet
slimy slipper sloping snout soliciting spank sparking spied spinners spits statehood steeped storyteller
strewn stroller stub subgroup suspiciously swaying tact taxonomy televisions tinged tirelessly tiresome toms
toolkit tribunals tundra tunic tweaked uncompromising undoing unmistakable unruly valuing vaulted veal vegans
venomous viceroy videotape waxed wearer webs whiting zeta abnormally abstain affections aggregates airliner
alchemist allegory ambulances antagonists assimilated averted backpacks banish battleground beets bellows
blisters blob bluntly boosters bootleg brine butchers callous cardiology cartoonist casserole cellulose
charred choreographed churn circuitry clearances cloned cloves commendable competitively compress comptroller
conventionally coon correlates creole crusades cubicle curtailed cystic dainty decimated decrees deflected
deliverance destitute dexterity dilution dissipated drugstore eczema ejection electrolyte elitist emailing
emphasise emphatically engulfed equine exclusivity exes failings faucet feeders feisty fink flexing foothold
forbidding forfeited formulations fortifications fouled fraternal functioned fuses ghastly gorillas gratifying
gymnast haircuts hairline handcuffed handset harrowing headlining heiress hinged holster horseman humanist
hunch impenetrable inconceivable infringing innovators keg lancet landfall lawmaker layoffs lifeguard limerick
lockers loner longed mimicking minimally mistook mogul moles motorist mysticism nauseous nicks nimble nomad
o'leary o'neal o'sullivan objectionable obliterated obtainable omit oncoming opportunistic otters outlandish
outlying pacifist paraphrase pedagogical pegged pelican penchant planar polluting polygamy ponytail poplar
primordial projectiles propositions pubic publicist purposeful purses quorum rabbis ranchers rarest rascal
reared refuted resented revue rioters robins roosters rosters sacking scarring scheming scorched scripting
shank sharpened shortlist sidebar slashing sledge slotted sociopath southward specialises speculating sponges
squeaky steamship stinging subbed summoning tbsp telecast tenancy testimonial thence thyme tiniest toner
totalling trafficked trampled transponder trashy trimester tron tubs unfaithful unholy unify unregulated
unscrupulous unwittingly upland upped ushered verbatim worshipping yawn adrift aegis alleys almanac aloe
amphibious ancillary antiquated apologised ascot averse bandages barges beaded beagle beavers biceps
blindfolded boomerang brim broadening caged calligraphy carpenters castes cauldron celebratory chalet
childless chimes cleanser clipper closets clouded coalitions colossus conductive congregational cooperatives
corals corral cortical countering cremation curving deans decked deepened deliberation dermatologist
detonation deviate devolution diode discharges disruptions distancing ditching donkeys downer dribble earbuds
egalitarian endocrine equates ester excitedly excruciating executes farthest fateful fatter fedora fer fillers
flak flamboyant flamingo flutter foolishness furnaces fuzz gills gout harsher hatching hepatic hertz homegrown
hoof hues humbling hydrocarbons impala impurities incognito indestructible inhibiting inks innocuous inns
insofar intrinsically islander ism jest lambda leaky libido loyalties lynching lynx mahatma mainline mainstay
mannequin marketable masterful maximal millers mime minivan mistrust mites mobiles modestly moniker mpg
mythological nave needlessly nib nonviolent palatable parishioners plunging polarity pompous profanity
protruding pundit purify quack quarries raged rages regaining regenerative regroup rehearsed reimburse
reinvent repatriation requiem resurrect ringer rooftops salvaged sari saucer scrapping scrappy semis
serpentine shuffling skirmish slough snippets soared solicit solidified solvents spar spearheaded spooked
sprints stimulant stow subdue subscribing succumb suffocating sumo surgically tabernacle talisman thirdly
thwart ticked tins tortilla townhouse transferable transistors transpired transplanted truffle tumultuous
unclean unequivocally unitary ventral vibrate wad waging weirdly where'd whiplash wildcat woodworking worsen
worshippers xenophobia xenophobic yuck zeros acreage affords albino aquaculture arrears asp assimilate
asterisk asymmetrical augmentation azalea bacterium barter beet bigoted bistro bonanza bosom breakthroughs
bribed calmer cannibal catalogues centurion chuckled compendium complacency complements confessional
contentment convoluted cools counterproductive crayon cremated cropping crossbow crowding crux curators cusp
decoding defiantly delicately deluge desist devoured diffraction dilapidated dismissive divas doable doorbell
drooling ducking duplicates eastbound emir emu errand excites exclaimed expedite fearsome feathered fiduciary
fifths flax fractional freighter frosting fuelled gasping globes glorify heartwarming heretics hiccups hiss
holographic impediment importation inactivity incendiary insistent instigated intelligently interferes
intermittently jag kidnappers leapt leisurely liturgical livelihoods lubricant masquerade materialism
melodrama minion mistreated misused morn motherland napkins narcissism niches ninjas observant opioids ostrich
overcast overcrowding paragon parochial pastries perplexed persistently petting phenotype plankton prejudiced
propped protons pruning punter quark queuing quizzes rarer regretting reimbursed renovate respiration restores
retracted reverses ruff rump secondhand shackles shards shiver simplifying sinned slugs smog smoothies
springtime sprinkler stabs standstill stools sues suffix surges surveyors sweepstakes syndicated tailoring tbs
teeny tendered thoracic ticketing trams tremor triplets twister unannounced uncovering undivided
unsatisfactory unskilled unwritten utilitarian vehicular vetted wading wallpapers waning weightlifting whey
willpower woolly abbreviations acquittal acupuncture admins adv aggregated anvil armament ascribed auctioned
backfired balconies belligerent bibles bleaching bleeds bookmark boundless broadened brooch bulletins bunting
burials cabal cadre campground canyons causeway clamps clearest cleaver cob coexist coffins coinage conquests
consenting consummate contending convene corresponded cramp cucumbers curricula decadent decoy defies demoted
depraved derivation designations detectable deviations diced discreetly distortions divorces dredge drool
earths ebb emulation enriching enshrined erasing escrow evaporated evasive extinguish federalist fervent fixer
flavoured foray forfeiture forgave forties friar fruitless fussy garnish genealogical genomes glances gnu
goody graciously grassland headway hearsay hideout hippies holed honed horned hutch idyllic imaginations
impairments impossibility impotent inconsiderate indictments insatiable instalment instinctive integrates
interpretive intrepid intuitively jetty junkies khaki koala lashing lectured lees levelled lightening magnate
magneto mannered merciless milder misfits mocks monochrome mortuary muffled muses nationalistic nervousness
neurologist notched nutmeg obstetrics obtains obtuse particulate pausing penicillin perfecting petal
petitioned plumbers poise polygon ported precursors promos proportionate quartermaster radiance rammed
reciprocity recollections replenish reproducing reputations responsiveness rupee saltwater sanctity scooped
scrabble scrimmage seaboard sedition shoddy shortstop shotguns sleazy sleepers smashes smirk smoothing sneaks
snipe snuggle sociologist spares spewing squishy stalemate stave stinking strangle streamer streetcar stringer
summits sunsets supremely swami swelled tarmac tenacious tireless toothed tremble trillions unconsciously
undated undefined unpack vetoed wanders weakens westbound westerly winch workstation yam yawning yolk
accomplices adjusts aerosol alienate alphabetically amour annuities apprehensive assent assn atrocity
authorisation babysit bagels beaming bigots bleached bloods blot bode boggling bookstores boos bourgeoisie
boycotting braced bulging burners byproduct bystanders categorically cathode ceded cheaters civility
clustering commandos complicity confetti configure confrontational consequential constitutions contagion
convoys corset craters crock curate cuttings dawned daybreak defected desolation deviant devious dilemmas
dislocated dispenser disseminate dragonfly dugout dynamically emanating endeavours ensues eradicated erode
evocative faintly fancies fewest fielded fingering flocks forbade forested frauds friendlies fronting frosted
fullness furthering gallop gentile gentrification gingerbread gosling grasshopper groupings hallowed halting
handguns hove hydrate hydrocarbon incessant incriminating incurable informants infringed inhaling innumerable
insular insurmountable inundated invariant jailbreak jarring juncture kebab licensee loyalist magnetism
manhunt manoeuvre mariner marshmallows masons meditating metamorphosis methodological middleweight migrations
milkshake misinterpreted mixers multilingual nested notifying nourishment numerals obeying olfactory
organically pertains petrified pheasant photosynthesis piccolo piloted pinching postponement preclude prickly
pricks priory profiled programmable puss questionnaires quintessential racked radiating rancher reclaiming
regularity reprints resounding restrooms retract ripples roared rumoured scaffold scavenger schooner scion
secularism separatists servitude showbiz sickly slaughtering slumped smacks snooker solemnly sores splashed
sprained squadrons starling steamboat stingy stuffy stumbles substituting subversion sufficiency suitcases
tasteless tensor terminally ticker tiff toil toot truncated trusty twig ulcer unconfirmed undetected
uniformity unjustified unregistered unsubscribe untrained varnish wag walnuts warhead watcher wealthier
widower wobbly wot wraith ya'll yanks yew zoological accorded agar agnostic airmen aligning allocations
alluring amputation anarchism antagonistic anthropologists apprehend architectures axiom barista basalt
beatings belated bequeathed betterment birthright blackboard breather brothels buckeyes buffers buffs buzzed
bylaws bystander catchment chino cleanly coffees concave confuses consequent contraceptives corrects coughs
crucifix cyclones daggers dazzle dealerships decode depriving diagnosing diarrhoea dieter discerning
disintegration disposing dissonance duress dyslexia earthy editorials elects elevating embezzlement emigrants
emits endorses enforceable equinox erotica escalator eulogy eventful excitation fanatical fangs fantastically
fastened fawn flanking fluency fresher fructose furnishing geophysical gladiators grasped graze grower grunge
hatches headlined hilariously hoodies huddled illustrative imbalances improvise inappropriately incandescent
indistinct infallible infuriating insulating integers jolt juggle jukebox jumpsuit kangaroos kayaking kerosene
keto knobs legacies leveraging levies likeable longs magenta methodical mince miniatures mints monogram moray
mythic nacho nailing nanotechnology napping nobleman nonprofits o'neil obeyed optimist outwardly overlord
overuse panned papacy pasted perfumes phonetic pied piloting poodle populism precedes pus racetrack redirected
reeds rejoined relayed rescinded resuming retrieving roadblock roadshow roadways sabre salons sandbox scooters
shag shoemaker shortfall shrugs sift silo smacking smothered sneezing snooping soot sopranos sparingly speck
spectacularly spiced stoves stylus subclass submits successively sumptuous suture tailgate tenuous threes
topographic tranquility transmits trekking tutu umbilical unhinged uninterested uterine vanishes vapour veer
warheads waxing weirder whereupon withdraws wither wk wobble zed abridged absences acacia adorn aggressor
ambivalent amethyst angling antennae baiting barks berserk bickering bovine braids braille butchered bypassing
candlelight cannibalism canoes captivated catapult censors cervix cheery chimneys chit cog cohorts coloration
connective cray crayons cronies crusty cumin cutlery decal deciduous degenerative detract digested diminishes
diplomas dissection dissimilar dissuade distillation drab dubs ducked eggplant engravings enmity epidemics
equipping eucalyptus evaporate execs exhibitors exorbitant experimentally expiring eyelid fainting ferret
financier fitter flagrant flapping florist foreplay formatted ftp garb gassed gentiles glancing glaucoma
glazing goblins googling gov't granular greenish grocer groping headless healthiest hibernation hindrance hula
ills implantation impressing inaccuracies inanimate inexplicably infield inflate innovator intermission
irreplaceable kilogram landline lashed legislate lingo looping marlin matron meaty mirroring mistaking
moderators mouthful mustangs mutton nestled neutrons novelists numeric o'keefe oars ohm orc outfielder
outperform overtaking overtook overture parrots passively peddling pepperoni perforated pitchfork placid
pooping pox principled progesterone puritan quart rabble rafters raisin rationing reappear rearrange
recreating redeemer redeeming refreshments reissue remade repulsed resistor restructure revolting rhapsody
rhea ruddy rune sahib saucepan scarier schism scrubbed seer sepsis sharpening sharpness shelved shipper
shopped sketching skew skimming skydiving smitten snappy sneaker snort snowboard solitaire sparing
sportsmanship sprinting stanza stipend subsided surging sweetened sweetly swims tamed tampons taunting tendons
terraced testers thrived tickled toppings traffickers transcends tropes tumbled typography typos ukulele ump
unauthorised uncensored unforgivable uninhabited untenable unwavering usability veritable vices wanderer warts
watchman yd yeti yoghurt abject actionable administers afield alienating alight amazement amending appointees
armpit austere authoritarianism awkwardness backer backpacking bagging bailiff banked barricades beamed
betrays blinked blissful blister blockage blondes bloodbath bluffs booms bower bravest breasted budgeted
bugger buoy campaigner capacitors capes carvings cellars chalice clippings combing commendation compensating
condominiums congratulating consignment contradicting conundrum coven criminology czar depots dials
discounting disseminated dissolves doggie domes duchy dumplings earmarked ecumenical electrification embedding
encased episodic expiry extremity faithfulness felonies femur fluctuating fowl foxy freckles freelancer furs
gelatin gestation guillotine gull gulls gusto halfback handout havens headband heralded heretic hernia hippy
hummus ideologically indiscriminate individualism infernal infrequently instill invalidate isolates jazzy
kingpin kiosk lags lentils leprosy lisp locust looney magnifying mallet mes meteorites mew militarily minced
mishap molasses monographs monolithic motoring moulded mystique narcotic nefarious nix nurseries orcs outbound
outbursts outsourced overalls overpowered overworked pantomime peacetime peso pita pitting plagues portage
positional postcode predicated predictably progeny propagated pushy quell racecourse railings rainwater
rebounding reflector regimental rehabilitate renounced replicas reread revisiting revolved rigorously rogues
roost scorpions segmented semesters shard sieve signatories sill silvery smartwatch snapper snickers soloist
soreness southerners sowing sphinx spore stances starfish stifle succulent superbly superfluous surged
surpasses swain swarming synchronous tasteful telemetry tenet testifies theologian tiled tots transcendental
travesty tricking uncomfortably undiscovered unisex vane vegetarians vengeful vials weavers whatnot whiteness
wicker wrinkled yank aback accuser adrenal alluding aloof amulet annotations anticipates apologetic arcane
aristocrat arty assassinations assays astrophysics barbershop batsmen behest blackened blacklisted bogged
boobies bookkeeping brews bronco camaraderie caravans cascades cask catwalk centimetres chanted classically
clog clubbing competencies confiscation congresses conscription conserving covenants cranial culprits
cyberspace decapitated detach deterrence dispensed distanced distasteful dorms dreading droughts druid dud
duvet eclipsed eject ell emblems enforcer ensembles ephemeral escorting examiners extracurricular faraway
figurines fittest fleshy flickering fliers fluctuate fluttering footpath forerunner forgo freer frontage
frustrate fryer goof graced grandad grandmothers gurus hamburgers hangers hardening hoot hoses hostels
humanism incarnate incomparable informer infrequent infringe ingestion inquiring internment interprets
juggernaut jungles largo larva layering libertarians lint lira livid lobbies loon looser lowland luckiest
luscious magnified mainframe manger manicure mares materialistic maturation meditations mica minted minuscule
misspelled molar molestation mush narcissist navigational nestle nous obsessing offends onus onyx osteoporosis
outfitted outwards palazzo panting pawns peering perceptive perpetuating pianos picker poached precautionary
precipitated preside purportedly rayon recessed recklessly redefined regionally reinstatement relinquished
renovating retriever rigidity ringtone riveting rosewood sable scoops scouring sedative senile setter
shredding shrouded shuffled sips sleigh sliders sliver slush smelt softness solidify sordid soundtracks
soybeans sportsmen sprawl springboard squashed squatting stirs stonewall storied streamers sultry sustenance
swamped swivel tearful terminates thrashing toolbox toying transsexual twitching underdeveloped undisturbed
unhelpful uninformed unkind unresponsive unscathed unsupported vindicated warlock wayside whirlpool whiskers
whitish wholesalers willows zealous aberration ailment airwaves alerting apricot arbiter arbitrator archangel
axles bailing baptists baritone benefitted bestow blistering booby borderlands breaching buoyant bushy bustle
calculators calms caloric captaincy carbide carmine caved caverns chairmanship checkmate cheerfully clinician
clung coals coercive collie conclusively conduction confided constellations consumerism converters convinces
copyrights cosmology crumbled curtail daydream deafening debuting dedicating detonate dined disarmed
disordered divorcing docket drifts earphones electrified electrolytes enchantment endures equated expedited
faceless factored fasten fatherland fatigued feasts federalism fey figuratively fizz flatten flopped foiled
forester fragility frigid gasket gemstone goaltender goodbyes gory granola graphically gushing habitation
hatchback heirloom hoisted homing huntsman hustler hypothermia impatience indiscriminately inquisitive
instructive instructs interlocking introspection invader kernels lagged lard leeway lexical lob lobsters
locale loosened mademoiselle manifesting memos menswear meritorious methadone methanol millet misogynistic
misrepresentation mistreatment mitigated mocha mockingbird negate networked nomads nonsensical noose
obstructed offshoot ointment onshore orthogonal ottomans outnumber outposts overkill overpowering ovulation
parse pegs penises perpetuated phasing phrasing pledging pollination pooled postpartum potions pretzel
profusely proletariat promulgated punctuated punctured punks quadratic raspberries recoup rediscovered remover
repelled repertory replicating restructured riddles rousing roving sandman sass schoolteacher senatorial
sexting shimmer shingle shoplifting simplification simulating snatching snooze spasms staked stillness
strikeouts structuring stupidly subculture substitutions suitor suitors supposing taint tantrums tarp tarts
thoroughbred tiara totality tremors tyrants ugliest ugliness unaccompanied uncontrollably underline unduly
unsatisfied venturing victors vindictive visor walrus weighting werewolves withers wrongfully yanked abhorrent
accelerates alder allowable amicable anaconda anaerobic anchoring anglers annihilated atrophy aviator
avoidable bales baring behemoth bib blip bossy bottleneck broadest buccaneers bumble caribou carnal carpentry
cataract caterpillars caustic censoring centrifugal chimpanzees chum circadian clarifies cleansed clemency
clots codified colds confederates constables constabulary coordinators cote crumb dames darkly deactivate
deadlock deathbed deceitful deduce demented discernible discharging discourses displace displeased dived
dogged dosing dynasties elated elegantly ember embroiled encampment entitlements ergo erupt eugenics evading
evaluates evict executor expended extremities exuberant fables facsimile fanciful farting felons fez fillet
firmer formaldehyde fractal fulfilment fumbled garter gels gibberish gifting gleam grandiose growling gummy
hag harmonica headlight headsets idiom impersonating impossibly impressively indulged inexperience inferiority
infuriated inquired inquirer instilled intently intents intoxicating iota jaded jihadists landslides lightness
liquidated lubrication lunatics lustre maxima modernisation mortified motionless mullet natures navigable
negotiators niggers nothingness offensively openers orchestras ores overjoyed pacemaker pagans pallets
pandering panty paraphernalia pessimism petrochemical plums polyethylene pooch pooling posterity posthumous
pounce pragmatism projectors proprietors quantified receding recognisable recombination recounting
rehabilitated rejoicing repayments reprehensible republished resentful rhubarb romanticism salesmen savers
scammed scathing scour serviceable shanks shearer shimmering shoals shredder signifying simplex snorting snows
sociable soiled soundly speculations sprinkling stifling strayed stunted supremacists swastika symbolically
talkative talon tenths thoughtfully thrillers thump totalled trombone truer tun tyrannical underscore unlocks
unusable uprisings vandals vented ventilator vertebrate violets warehousing warlords watermark weathering
webcast wielded yearn yonder abandons admires affirms afghans allocating antithesis arable archetype argyle
aristocrats auditioning avatars avenged bereavement bikinis bionic blurring boardroom bobcats bottomless bpm
breakfasts bunches caddy cautions charted chasm chimpanzee chisel choirs cinder coax coincidences commences
communicator complies comprehensively condor confectionery confrontations contented coverings crass cuddles
cull deference delirium deportations devoting diabolical dilated disarray disinformation disintegrated
dismayed disregarding elector eloquently emojis expendable factoring fennel fetching fieldwork firework firsts
flattery foolishly foreseen forgives forked formulating fracturing freedman futility hamlets hedging hexagonal
hospitable hummingbird impasse impotence increment incursions inescapable infecting intermediaries
invertebrates jester jihadist jockeys juxtaposition kites likable limping lineups majoring majorities maw
metaphorically misread misrepresented modulated mousse necessitated obstructive odour orientated oscillation
oscillator outrun overpass pampered paprika pathogenic peeking persevere piped plasticity playfully
practicality prawns precedents prerequisites pretzels proclaims procrastination profane profiting prospecting
prune putative pyjamas quirks radiate reaping rectum refrigerators regressive regrettable reprise restorative
rhyming rumbling salinity scolded scrooge serials shipyards shovels silt sisterhood sketched smuggler snob
sodomy soldering solubility sonnet spacey spurious subgroups substandard sugarcane sundown suspecting swingers
swiping takeaways talker taunt taunts tensile tether thundering tightness tinkering toothless troubleshooting
truffles turntable underdogs understandings undressed unknowns utilise validating vermin vertebrates vertices
voltages wack wardens weaves weirdos what'd whirl widget wineries workman zap zucchini aborigines abreast
absurdly adage airtight altruistic amalgamated amorphous annulled anthems antlers armaments arroyo audacious
battleships befriended beheading blaring bolder bookies brash breads bumpers buoyancy burglars businesswoman
buttermilk bypassed campaigners canisters captioned captors cautionary cayenne chimp classifying clitoris
coincidental colliding colliery consonants constituting coriander couches critters crucially cruelly damnation
debtors debunked decorator deletes delirious denser dependents deriving detractors differentiating
disconcerting disingenuous dissipate dressings easterly elapsed empowers encode enterprising erupts exacting
expectant exponent extravaganza filaments finishers flack foaming freebies fuming geriatric gleaned
globalisation goddamned guidebook halved hardline haves herding hiked hoes honk hungover importers impure
incursion inexcusable installs invisibility kimono knickers lessened liege lightest lingers lipids llama
looped loosening loudspeaker macron marketer mascots mediators minster mongering monotonous morbidity
multipurpose muscat muttering navel newbies northerly o'rourke obsidian overlaps paging palettes
parliamentarians payed pent perky phishing plundered pomp priestess prohibitive quarantined quotient raking
realtors rebelled redefining redness reelected resonated retelling reuniting sabbatical sabotaging sadder
sailboat salaried saws scallops scammer searing secreted sedation sexier shamelessly shivers slingshot smarts
sown spitfire sprinkles stashed steed stints strongholds stumped stutter subvert sunburn swerve tampered
tarnished termites tiller tooling topological topple transcendent trapper trickery trucker truckers tulips
turban tusk undertakes unending unforgiving uninstall unplug unproven watchmen affixed alkali allusion
altruism ambience amphibians anomalous assemblage astounded birthing bobs bosh boycotted bureaus burritos
carcasses caress catchphrase censure chewy childlike cleanest cleft clump cluttered combos communicative
complicating conceivably concussions connotation constitutionality coughed creeper damper deduced dependant
depository deuce diagonally dickie disapproved disqualify donates doorways doped dram earner electrostatic
embed empathetic emulator encompassed enlisting enlistment entrant envoys eraser etymology evidences
exasperated exorcist faceted faggots fags federated fibrous fiddling fixated friars gasped geeky goings gratis
gratuitous haggard headings honeycomb hooligans hopelessness householder hubris hurrah hysterically
idiosyncratic immerse immortals impassioned indemnity kiddie kindest labourer lapsed latitudes lures mailer
malfunctioning mangled mausoleum melodramatic metallurgy misc mugged mull mushy newsletters novices nursed
ocular oratory origami orthopaedic oust ovary oxides paradoxically perceives picturing pituitary plumage
poachers possum potted premeditated preset profess proportionally purging ratify rearranged reassigned recast
refreshment rehearse remakes repellent reproach rescuers resins retractable retroactively retweeted reunions
runny saddled saith sander sarcastically scepticism scorecard scumbags seabed seamen senna serenade sideshow
silos skimmed skirmishes slaughterhouse slideshow smurfs sociologists sparrows speculators splurge spotty
springing stereotyping stimulants struts subconsciously sufferer sycamore tabled tacit takeout tangerine taro
teeming terrors tethered thefts thrusting tonnage torrents totes typhoid unclaimed unofficially unopened
untapped upholstery veracity verifiable viscous vitally vixen wank whims windfall workday wreak xviii yap yous
ablaze aerodynamics amiss amphetamine amputated anaesthetic analogies animator antidepressant aqueduct
assesses attributing audiovisual authenticated awry bask befriend bragged brainwashing bribing bristles busier
captained centralised chiropractic chopsticks citizenry clumps cocked colloquial combed commas confidant
confiscate consecutively controllable conversing copped cornea crumpled cuter decompression deflation
demeaning denials denominational dermatology detachable deterministic devotee dictating diggers dimes
disfigured disguises disprove disrespected divulge docile doctrinal dogmatic droves drunks dryness dyeing
eases echelon edifice embossed encircled entailed everglades excels expatriate expertly facelift fairway
fanboy farrow fireplaces fishers flamenco floored flustered follicles formalities friendliness gagging
galloping gaseous glows gradients grads grits groans guardianship gulp gypsum harbours hasten heady healers
hindering homesick hos hotly humanly husbandry hushed hyperbole hypothetically ibuprofen identifiers idly
immigrated immobile impair irradiated jerked jugs layman macabre mackintosh magnification medicated memento
midwifery milieu mistresses monsignor moonshine multitasking mutt nachos naturalistic nepotism normality
oblong operatic ophthalmology overcomes overseer overstated paddling painstaking pall parodies patchy
paychecks pecan perceptual pimples pings pips pique politeness pomegranate porters potholes promiscuous
proudest psychopaths pusher reprimanded reproductions resell reserving resuscitation revocation roadblocks
rusted sacraments sagging sardines scalar schoolchildren scrapbook selectors semiconductors sensibly
sensitivities separator sequestration shoal sledgehammer smartly smite sniping solicited splendour steeply
stingray straightening subcontinent subsets substation sufferings swarms symbiotic tantamount teaspoons
thereto thermodynamic thorny tickling tortillas tosses traversed trifle twine twink unfulfilled unjustly
unoccupied venous ventricular viciously vindication violins watercolour wedded whiter wickedness worksheet
wrappers xxi xxiii yarns abysmal adores antigens aorta apostasy artistically ashram attentions avocados
ayatollah baa battlefields beret bogey bookshelf boron brainstorming bronchitis brotherly buffering bugle
bumblebee busters butters canvases casings catchers catechism cathedrals causality chandeliers chatty chokes
christened chug churchyard clapper clarion coffers cognac combatant compels compilations concealment
concentric conceptually confine congregate congresswoman constructor coolers copycat corroborate corroborated
cur curd cursory dangle dearth delinquency denominated disservice distaste dribbling dwindled ejaculation
enveloped environmentalist epileptic erasure euphemism exacerbate exemplifies exonerated exquisitely
extinguisher facilitation falsehood falsified favourably firefighting firestorm flange flaunt flawlessly flier
flinch forefathers freehold frisk fundamentalism gables gad gasps girth godmother governorship grunts
hallmarks hellish hermitage hierarchies hooves hourglass hygienic idiocy imitated impersonal impregnated
incontinence inhaler injures intricacies ironed lacquer laments lapses levelling linemen lipsticks liquefied
loaves maidens malevolent martyred mated matrimony matures mending mercilessly meteorologist microprocessor
midweek minefield murmur musings narrating necrosis notches nth o'shea onerous orientations outsource
overtones pained paradigms pardons patching peeping permeability plumb plumes plunger pokes presto priestly
printable procuring prodigal prodigious propellant pulley qualms raccoons reappeared recaptured rechargeable
recluse rectified refinance refresher relaxes remodel replaceable reschedule restarting retroactive ribbed
robs sabotaged sages schoolhouse seashore seclusion selenium setups shuttles signatory siphon slimming snagged
soulmate spangled spiteful splashes sporadically stifled stinger stipulation stubbornly subtropical summation
superimposed surfacing tableau taming techs tiredness toppled trajectories transgressions trotter truest
underpants underprivileged underscores unimpressed unreasonably unrelenting unsupervised vassal vegetative
vying warranties washers weirdness wheelchairs withered woefully workmen wrangler abrasion accrue acumen
admirably alumnus angers anniversaries applauding applicability approachable asexual auditioned automata babel
balding banding bannister bellies beryl blackbird bleachers bluebird blunders brats breech breezes buttery
caliph cameos celibacy chancery choppy chromatic chronologically chump clamping clashing clenched clogging
clove columbine commemorated converged countenance crackling crawls crouching cryptography cysts damping
dapper deathly defection delightfully dermatitis desiring determinants devaluation dictatorial disinterested
dispensaries disrespecting dissected diversions downplay drapes dynamical elicited eluded encapsulated enquire
ensue environs epics errant evaded exterminate eyewitnesses faze flatly flicked flocked fluently forsake
fusing gecko giraffes gondola grills grudges guacamole handcrafted harbinger harnessed harvests heartily
helplessness helpline henchman hiccup hurl ilk imbued impartiality incessantly inertial introvert invades
invocation involuntarily irreparable journeyman lactic larval laterally lathe lawlessness leopards liberally
lopsided lowlands lunacy mantel mayday melons merges meteors misinformed mumble mummies musketeers nonpartisan
noxious nucleic oaths octagon offsets oligarchs opulent organist outed outstretched overbearing patting
pectoral perplexing personified plummeted preexisting prepped primrose prohibitions psyched puddles pulsating
pungent putter radioactivity ranches recessive reclining reeve refinancing relativistic reloaded remand
replete repugnant ringed roaches roamed roars rote rotors rudeness ruffled sandal scat scissor seaport sellout
shakers sharpest simulators sixes skilful snot sodas spilt spineless spirals stairwell stalwart standardised
steeper stomped stooges subtraction summing swiped synagogues tartan taut teapot telephoned theorems
thoroughfare threading traversing triumphed tuner undervalued undying unequivocal uneventful unfathomable
ungodly unprofitable unsung valour vanquished velocities wetter windscreen wormhole yellows zooming accented
aggrieved albatross allusions androids antivirus aquifer arouse arranges assemblyman autocratic autographed
bakeries basements bereaved bindings blackouts blossomed blossoming blowers boldness bolstered bookseller
borrows breakage capitulation cardiologist carelessly carotid chaplains charade chimps coconuts coed
coexistence coiled compatriots concourse confide converging corning countryman cramping craved craves crutch
cupboards cursive cutout daisies dandelion deafness decals declassified deflated demonstrator denoting
destruct determinant deterred devouring disagreeing disenfranchised disengage disoriented displacing dissect
drywall eagerness elliptic emporium empties epistle equating erstwhile espoused exertion expend fathered
ferocity flagstaff fluidity follies fortify fouling frills gagged garret gaunt grapevine grinds groaning
grotto groundhog guerilla hairless heave hilt hinterland homely inbred inclusions indescribable indoctrination
inductive inevitability infatuated infatuation infighting infraction inhabiting inkling innuendo insecticide
instantaneously interchangeably interfaith interrogate introspective javelin knoll landlady larceny lavatory
leanings lingered linings locales luminosity magpie matrimonial maul meandering menstruation metering
minimalism misgivings misogynist motels motivator mulch musket needn't nether nourish numbing nutritionist oat
obscenity obsess onlookers orator oscillations outweighed overhauled overpaid oxen papyrus patrolled patties
perpetuity platelet pliers pluralism portability posturing pouches preheat pronouncing propagating prospered
protectorate psychopathic puffed quarterfinal randomness recitation reconsidered rectal recursive reevaluate
renaming reprimand rerun reverting riddance ruthlessly satchel saucy sculptural septum servo shears shrank
shyness slimmer snub sobering spandex spanked sparkles spew sportswear squeak staking steakhouse steers
stratosphere stucco suave subcontractors succinct superficially sweetener syncing taxonomic telltale
testimonials this'll thoughtless thrower thud tibia titular toads torrential trashing treading trotting
valence ventilated villager virtuoso wail wedged welder wetting whitening whiz wilds wolverines xenon
abnormality acme addendum adhesives affront afoot alludes alms altars alternates amenable amity amt annotation
apprenticeships argumentative artsy assailants atmospheres baccalaureate bearable beehive beltway biosphere
botanist bottomed boutiques caches calmness canny cartons cassettes caveman chairwoman characterisation
cheekbones cilantro circumcised civics clamped claps clipboard compensatory concedes conceptions confessor
connoisseur contemplative convocation corrupting culpable damsel daze debugging deliciously dickey diocesan
disputing distorting disused divination downsizing drunkenness dykes emigrate emulsion epistemology esters
evacuating exorcism fabled fabricate fatherhood fem femoral feuds filibuster fillings financiers flicking
flourishes fluctuation fraudulently fumbles gander gauze geometrical ghoul giggled gimmicks grandstand grazed
grumbling guitarists hales hallucination heeled helms hovered hulls immaterial imprinted industrialists
inefficiency inflationary inflexible inflow intercom intersecting intrigues invalidated inwards jacking
justifications keyed knighthood lamenting lefties lengthened lifesaving lire machinations mangrove marmalade
masts milled moderating modifier molesting moored numbness o'toole oar objecting occidental oozing opiate
osprey overheated paddles panes pelt pennant perfectionist phantoms playwrights poppies preaches primes
priming princely profited psoriasis putty quench radicalism radon relieves repeater reprisals reruns
retardation retards retort rework reworking rudely runes saddles sanctuaries sawmill scribes sewed sheltering
shogun showings shrinkage slacks sleeveless smalls smelting snowstorm socialite southerly spouting squandered
strapping stuns subspace superstructure surnames sustains sweeper swish synced tabloids tamper tampon
telephony thickened toffee tomahawk torched transcendence transgression trappings triage ulterior unambiguous
undertakings undetermined undies undulating unfettered unpacking usernames venison veranda verdicts
veterinarians whiny accumulates adapts afterthought airman airship aligns alligators amigos animators
annihilate appointee archetypal artful ascendancy assessor asymmetry asynchronous attuned baffles banal
basking befitting benched bluish bombardier boned bookkeeper booting bountiful boycotts brimming bulldozer
calico canoeing canvassing capillary carols categorical chariots checkup chieftain christening cinematographer
cirrhosis cleats clings clingy codeine colitis combative conceited consecration conspicuously counterattack
courted cranked crested curie cuteness daddies darken defaulted defuse depositing designating dilation
directorial disintegrate disjointed disparaging dissenters divest dodo draconian drummers eerily embers
emotive empirically enforces entanglement epsilon expeditionary federations firefight firstborn flees flowery
frock gens goblet greased gyro handsomely hapless harnessing hissing hitched humanistic hurray impervious
implausible imposter incurring indeterminate infidels inflection innocently inroads intractable jabs kilt
landscaped lifesaver litany localised locket locomotion lounging mailman manoeuvres marksman maroons maven
milliseconds mittens mourned mourners munching nappy nears neuter newlyweds obj omitting opinionated oppress
originator outfitters overthrew panhandle paradoxical paralysed parched passageway pasty pate patently pecking
pertain polity pooped porcupine prides primacy probed rafts reagent reckons rectory referendums refractory
regrettably reorganisation reprieve resupply resurfaced retraction riser ruckus salami sandwiched scopes
screech sculpting seared sergeants shaven shopkeeper shortness shrill signalled skits skyrocketed slanted
slits snowed sonnets soulless spook stagecoach statesmen stork strode subjecting subordinated subpoenas
subside subways swoon syringes tactically tallied tartar telepathy thesaurus thorax timings tithe trolled
tucking tugging unattainable underpinning unexplored unsold unsubstantiated uptight virulent vomited waterfowl
widescreen windmills womanhood worrisome wreaths xix acronyms admissible airlift alluvial appetites armpits
ascendant bartenders battering bimbo blackmailed blazed boarders bongo bootstrap bouquets braver brisket
buckeye cairn cannonball cappuccino caricatures ceasing championing chapels chirping circulatory climactic
cloaked clocking clotting commemorates conjuring consigned constructors coups cowgirl cowl crepe culling
cycled dashes daydreaming decently decomposed decorum deft detest devising diabetics diodes disband discarding
discloses dislocation disrupts distinguishable duels dwells earls earnestly effecting electrifying emblematic
enslavement entrust enviable epithet fiercest firehouse flailing flaky flotilla followup foolproof forgetful
forgettable forklift freeways gallantry gamut gash gazelle gentler glistening gopher governess gravitate
grinned gunfight hams hamsters harvester heaped heartburn heroics hillbilly homeopathy honouring hustling
imbecile impeded impersonation impresses imprison inasmuch infiltrating intensifying intensively interrogating
interviewers jackal jokers joystick kamikaze kelp kingfisher kiwis knotted lackey lain laminate leeches leek
linguist luring lute macros magpies marketplaces marvels masquerading meanest meaningfully meatball merino
mermaids metastasis microchip mingled mosaics muddled mumbling nautilus necked nymph oceanography offsetting
paler papaya partisanship pearly pensioner periscope pernicious perversion physiotherapy pigmentation pizzeria
populate posthumously prawn preamble predates preoccupation prim propellers prying pulsing puree racketeering
radars rainier rattlesnake receptacle regatta reliefs removals reprisal rescind savagery scorned seething
sequenced sequentially shamrock shearing shelving sifting sighing slog smut soars sop splice spoonful
statistician storefront storeys stubble subsystem suffocated supple syndromes tacked tipsy tirade topaz
trickster trinkets triples turmeric unchallenged underestimating undress uninteresting veneration vigilantes
vigour vistas vitriol wagging waned welt what're wheezing winded wisest yaw accusers adaptability adapters
adheres aggressiveness ales allegorical amigo anode apparition argon arrowhead astonishingly astonishment
atone backhand bankroll barristers belittle beryllium betrothed bloodthirsty boisterous booksellers briar
brightened buckled cacao calypso capacitance caper caprice carriageway cede chagrin chock chronicled clawed
coerce combustible comebacks comer complicates complimenting condenser conglomerates conjugate conjured dahlia
darlings debug decadence deconstruction defamatory depravity depress disheartening dz eavesdropping eclipses
edibles enclaves encroachment equaliser felled fentanyl fertiliser finalised fireflies freebie geezer
glassware gooey gutters habitually halts harlequin headgear heathens hemlock henchmen hep hydraulics
hydrolysis hyperactivity illiteracy incitement inconsequential indignant infamy infertile infractions injector
insolvent intergalactic irregularly iterative jot kitties legumes lengthening lighthearted lodgings lookup
lounges lupin meagre meditative mentored middleman mildew mindedness mingling mishaps monologues moulding
mufti multivariate mustn't nadir notepad numerically nutcracker outweighs paltry parachutes pars parsing
peripherals petitioner pimps pinkie placer plucking pollute precede precocious preconceived presumptuous
probabilistic proms pronto purview quicken quicksilver quince racehorse raked ravioli reagents rebounded
redone rove salvo scrapes seizes shrieking silences silhouettes simmering sitcoms smears smoothed sofas
spatula splicing spreadsheets squatters steamers stepdad stipulates strangling streamlining stroked suffocate
suspends tenement tetanus thatched thrifty thrombosis tickles tiling tingle townspeople treads tryout
unbridled undersea unopposed vacationing vamp vassals wanton wedlock welterweight who're wholesaler wry yon
abominable absolution accomplishes adequacy amalgam ambulatory annulment articulating atoll axioms babbling
bargained barrio benzene blackish blemish bobbing bogs brainstorm brevity broadside buckles burdensome
buttered cadmium carnivorous characteristically chasers chimera chiropractor claustrophobic cleave coinciding
commuted conformation conveniences crayfish cuckold culled defraud deftly dens desertion detainee dike
dispensation domed dowager drips dunning eaves emboldened enema erecting eroding euphoric evangelism evoking
exploitative fabricating feasting ferment fetuses figurine flocking flogging freshen frostbite fundamentalists
glories greys gulag handyman hazing heretical humping immeasurable immorality immutable impressionable
impressionist indict indisputable inquisitor inset interceptor interpolation kiddos lancer laurels lighters
limes linearly linguists linkages lumped lunge maggots maliciously manipulator meddle menagerie metallurgical
micron midpoint motorways multiverse nibble nosy nullify oligarchy omelette omnipotent oppressors overpower
overthinking overtures pagoda paraded parallax penniless phalanx photogenic pirated plantings plummet pondered
potters prairies predicate predictability puking quintet radiated ramble razors refrained retaliatory revs
rhinoceros rickshaw romp rustling sawdust scavenging scoured scrotum scruffy sewerage shoo simplifies sinuses
slung smelter smoothness smother sniffed snorted spontaneity sprain sprinklers stateless stateside stepson
strolled stunningly surly sutures sweeteners tarnish thrashed thyself torsion touchstone treatable trouser
tugs tumbler typeface uglier unbound uncalled undemocratic undergrad underpaid uninvited unleashing unnerving
unpunished untested upping urethra utilising vaudeville veils verve vex watchtower waveform weighty workbook
worships zephyr zoomed abstracted adversarial aliases amiable amphitheatre angler antagonism antebellum
apathetic apologists appended artiste atty backwater ballistics bequest berths bewildering billiards binders
biodegradable blasphemous bonny booklets bores bureaucrat cadres carnivores cascading chipper cliffhanger
clunky comers commoner conned contemporaneous contingencies counsellors crediting crossovers cutbacks
cutthroat dailies decayed deceptively decoder decommissioning demography devilish disarming disloyal disowned
dissociation dormitories dpi dreads drowns druids earthen eccentricity electricians electrocuted emissary
enclosing entrapment erectile exerting expatriates eyelash favouring flirted flopping foodstuffs forego
foretold fortification fortresses fragrances fraternities frigates gaol goalkeepers grafts grainy greenery
greenhouses handily hauls heaving heighten henna hexagon hinders hinds hock holler honking hookups hooters
husk implicate implore impounded indigestion infarction infrastructures intakes interned intonation inversely
irrigated irritates justly kaleidoscope lactation lapping looters lorries lubricants lumpy lyricist machined
mads malaise mannequins meatloaf menial merrily methinks monogamous mooring mountaineering napalm neared neath
necessitate negation neurosurgery neutrino nines obsessions olden oneness opacity otherworldly overdo
overdraft overturning paediatric painstakingly pantyhose parentage perverts picnics postponing practicable
privates progenitor pulsed punters purporting qua quiver radiators raffles refereeing reflexive refuel
reinventing reliving reminisce reminiscing renegades repositories resistors riled roadster rougher salesperson
scolding scones sculptors sentinels shad shadowed shadowing shouldered skylight snacking sneaked snip sombre
spas spokes spool sprouting spurt sputtering stencil stoker strays strictest subjectivity subliminal
substantiated superstitions surrogates symphonic teak teary teases teething tortures transducer tuba turnip
twofold uncontested uncovers underwriters uprooted upstart urea villainous voluminous walkways weathers
weeding widens wonky zebras abed absolve adieu aground airfare alternator antiviral arousing aspired badlands
baronet bearish bebop belting bitumen buss buzzard bygone cannibals capers carbine carelessness cedars
certifying chattering chucked chuckling commensurate compressors confounding contaminate corsair
counterfeiting couriers cranking cranks crescendo cuss dauphin deformity dents deviated dinghy dipper
discourages disobey disseminating disturbs diverge dominoes doughty downpour drifter droids dusky eloquence
enhancer enslave epitaph excrement expedient fallow fen fiddler flagging foal foreclosed forlorn fragmentary
furlongs gab gateways gaudy gazed gobble grandparent grout gush haddock halogen harpoon hazmat heros
highlighter homeopathic hydrology ibis idealist incarnations incited incubated indecisive indefensible
indivisible industrialist ineffectual inextricably ingest inhibitions innermost insecticides insoluble
instrumentals insulate interconnection introverted invokes jitters keyhole kickers kiosks knighted licensees
loafers lynched manipulations margarine mashup massed mauled mayflower melanin minis mists mobster moulds
murmurs musty muttered neurotransmitter neutrals normalcy nourished nourishing obituaries oceanographic
outcasts outlay overblown overestimate partitioned pathos penetrates peninsular pickers pimple platelets poi
portraiture potable pout precepts puffing punctual punishes quadrangle quickness raceway rafting raves
reaffirm rebellions reentry rephrase retrofit robustness roped rubies salespeople salutes satisfactorily
savanna scriptural sedans seedy sleet slugger snarky sorghum spasm spearhead specialise sprites squeal squish
steppe stubbornness stubs subcutaneous subservient substantiate subtitled subtracting succinctly summarily
summarised supplementing swab swarmed swath swordsman synapses tailors tattered technicality testicle
thickening thrush tinge toed trample tribesmen tribulations tropic tux uncomplicated unconnected underweight
undetectable unprovoked unremarkable untrustworthy volition wane westerns whittle wields withstood wretch
yolks abetting accolade accommodates addicting adoptions adoring aimlessly alfalfa amphetamines appellant
archetypes atelier axed barbers bounties brimstone bunt burly carbonated catacombs caving cheetahs chugging
classifies cobbler collared columnists communes conceit concubine conforms confounded conservatively constrain
contraption cookbooks coolness covertly covet curbing dales dds deacons defenceless depressions dingy
disappearances disengaged disillusionment dispatching doodles droppings drowsy duos elaboration eminently
emphasises equalled eunuch exclaim extort falter feverish fissure fizzy flutes forcible frenzied frightful
fumbling geopolitics gloriously gourd grander grandfathers grins grocers halter hawker hijackers hollowed
hyenas i'ma icebreaker idling idolatry indelible infantile infuse inheriting insuring interplanetary
irreverent isthmus itinerant jags jello leniency lifeboats linens lurks lymphatic malleable mannerisms
marquess mediating mercurial microwaves middling millionth mores narrates neg outgrown outpouring overdone
overreact parson perceiving personification petitioners pheromones piecemeal piglet placeholder playmate
predisposition preservatives presumptive racy raucous receivable reconciling reconstituted reincarnated
repress resignations resolutely respectability retainers retrospectively revolts rotted rte sanctum scooping
scrolled sensuality sequoia serpents serrated severing shunt solver spaniel stagger statuses steels steely
stent stiffer sunflowers supercharged surety sweatpants sweethearts syntactic thrusts tiebreaker
totalitarianism treatises unassuming undersecretary unintelligible upholds verity wicks winking withering
woodpecker workstations xvii yip zigzag abscess absorbent acorns acrobatic acuity agate airstrip amassing
antiquarian antiseptic archduke ascetic aspires aster attains attenuation avionics banshee barbs beholden
beholder blogged blushes boas bookmarks bungalows burg burp buttoned canto canvass cashback castings cathartic
caucuses cementing centrifuge chestnuts comatose comforter commissary compilers conclave concoction confers
conspire consternation corneal cornet cramming cruised cuffed cynic daemon dampen decommissioned defensible
demolishing dentures descriptor diehard differentiates dipole discoloration disinfectant dissipation distracts
divider dynamism effigy encroaching encyclopaedia entomology erred excepting exclaims exclusives
excommunicated exterminated extravagance factually faker falconer figurehead fiscally fjord flowered flume
flyover focussing foils freelancers fretting gales gallbladder gatherers gigabit girdle glut godless grandsons
gripe gruff hark harmonics hatchery haystack helical homies hookah humpback hundredth igneous imams
imperfection implosion incredulous inherits intensification intercepts interwoven intrude jumble latched
lengthen lineages liqueur locksmith locusts lyrically maimed mallard mandating mariachi mezzanine mired
mistletoe modifiers monolith mumps mystics naturalists nudist nymphs orgies outlast panics paratroopers
partitioning pavements payloads phoning potash predisposed presentable processions pronouncements provokes
purports raunchy rebuked reconstructions reeks refuges relaying remarking resetting reshuffle retiree rho
roughness salter salve sanatorium savoury scaly scamming scold seducing sentimentality shined smearing smudge
speckled subsidised supplanted surfboard swatch sweatshirts switchboard synthesizer taboos tempers toenails
toothpick touting tradesmen transporters trifecta trumped twinkling undertones unfairness unwieldy urinate
urology vertebral vexed vibrates vignettes vocalists voids waitresses warping whacked whitewash whitewashed
widths wingspan wiper wipers wristband abdication admittance aggravate alcohols alpaca ambivalence appendages
appraisals appraiser arboretum archivist arraignment arsehole astrologer banknotes beaker belted bereft
bicentennial biff blackberries blameless blindfold bobcat booties bottlenecks bravado brokered bucking buffoon
bumbling canines carats caretakers cassava cellulite chaste cobbled communicable compatriot computations
consuls convergent cosmological craps crazies creaking creatives crick crumbles cypher dazzled decomposing
deploys derision diameters dollhouse donned dosages dramatist dressage dunks dysentery ecologically
elaborating emeralds enumerated executable extradited faltered filet firmness flipper follicle foreclosures
frayed furlong germination geyser gibbon glorifying gonzo goodie gorges greening grinders grooms grumble
hardback healthful hearse helplessly heralds herbicide homemaker hunched hyena igniting illuminates immaturity
impeding impostor incensed inclement inferences ingesting intercepting iridescent justifiably kilowatt knelt
laborious landfills lavishly legible lingual liquidate loomed lowercase lusty maddening malnourished manna
massaging messier microcosm miscarriages misdeeds moaned multifaceted multiplicity nullified obsessively ooze
orangutan orbs oregano organics outdone outplayed outrageously palisades paraphrasing parliamentarian partied
passable pasting patted pease peels peeve pendants perishable photojournalist pinks plunges polystyrene
pontiff portrayals postulated preemptive pretender primers proletarian prolonging prong prosthesis puny
quarrels quilted quilts radium ramming rancid reassess recoverable rectangles rediscover redistricting
reissued replayed reservists resonator restlessness retaliated retirements revives revolted royalist sawed
sculpt selectivity shatters shopkeepers sicker signified sizzle skated sloop snoopy sobbed spotter squint
statisticians subsystems suffocation surpluses surrenders syndication tailgating tapestries teamsters
technologists tenfold terrify there're thrall throng togetherness tolerances tongs topographical traceable
trite tryouts tusks undamaged unpacked unrivalled urinating verily vocally wadi wallow washroom widgets wily
winks workhouse acetone actuarial allot anathema appeasement appropriating ascertained authorise bantam barked
barrack batty bellow benefactors blurb bonsai boyish buckwheat bushel busses buttercup calibrate campsites
candlestick capricious carcinogenic cataracts cation caveats centaur centipede chiffon chirp chloroform clogs
colluding commutes conch concocted conditioners conspirator conveyance cotter cottonwood cranberries
crankshaft crossbar dawning delicacies demarcation desalination desktops determinations dictatorships dimly
discernment dislodge dismembered disrepair dissertations doings doorman duets emulated emulating engrossed
entwined evacuations ewe exponents extraneous exuberance eyeglasses falsehoods fastening ferrous feta forearms
foreboding frieze gossiping grafting granules gridlock guarantor hares herbaceous hither homeboy honing
hurriedly hyping idioms illusory illustrators inadequacy inadvertent inaudible incapacity industrious infects
inflating ingress insufferable int'l interred interrogations intrusions isometric jeeps jib journeyed jute
layoff leper levee loci lotteries loudspeakers lurch magnificence majored malfunctions mamas mangoes
margaritas martens matchmaker measly megapixel meringue minstrel moronic mouthing muddle multidimensional
nabbed narrate naturalism navigated neoclassical neutered newsworthy northerners obliterate omnipresent
osmosis outcrops overhang paganism pail parabolic paradoxes pare parkour parlance permafrost permutations
persecute pixies plexus politic poncho preeminent prefabricated premiering preservative prioritise propelling
propriety provisionally pythons quartered rattles razed recitals reconstructing rejuvenation repatriated
ruffle sarcophagus scab scoot scratchy scuffle secede seep sensuous shaver showy sideboard silks silliness
sills skyrocket softest spate spellings splinters squeezes stealthy stereotyped storybook stowed strobe
stylists submersible suburbia superlative surmounted sylvan symphonies tabby technologist thorium throes tilts
tomboy tonsils transfusions traumas tricycle unaltered unclassified unfavourable unloved unmasked unsightly
urchin vandal violators vise watertight wavering wherefore wildflowers windward wok woodcock zips abstained
accretion aeroplanes affirmations afresh allotments annular appraised appreciable associative asst assuredly
atherosclerosis auctioneers aural baited barracuda benefitting benevolence bettering bewitched blazes blimp
bodywork bookcase bracken bridle bullshitting castration caudal cheeseburgers chews choruses chowder clinching
cogs collarbone condolence conjugated conquerors consents constructively crackle crematorium crests croissant
crustaceans curbs dally decoded decontamination delving demonstrably deniers depositors despises devolve
devotes dispersing disposals dupe duster eatery electronica elms elongate elude embattled encephalitis
endowments entertainments enthralled escalates esplanade etch evangelists excavating expelling fairgrounds
fallacies farted fenders fervently feudalism fireproof flounder foetus forthright geisha gemstones glade
glassy gleefully glycogen godsend grasshoppers groped grubby gulch hacienda hairpin harnesses hatter hazelnut
hiker howls hydrating iffy immovable impaled irate jugular lagoons lessening lethargic liberator ligature
littering livers longhorns loony loveliest maggot mambo mandolin marinated mediaeval megaphone milfs
militarism millimetres misfortunes mismatched moped mountaineers mugging multiplex nickels o'grady
obstructions opiates optionally oscillating outperformed overlaid overlapped pamper panacea pauper peppered
pestilence pews pewter philosophically pineapples pippin polygraph precipitate principality pronged proofing
propping punchline purges radish receded reciprocate recklessness regenerating remaking repetitions restock
restorations retweets roasts rotunda roundhouse rowed sanctioning savour sawing scarab scoff scythe secretions
sedated sepia shamans silvers skirting slapstick slinging sourdough spiking spires sprinters sprouted squirm
staircases stepdaughter stoney strategists stupendous sunbathing surrealism telepathic telescopic tellers
tenderly termite thickens thongs timetables tortoises trimmer underscored unease unrequited urinal usurped
vagabond vestiges vipers visage webcams weeps wham winked writhing yardage zing accelerators actuator admirals
adrenalin advertises agribusiness algorithmic alignments alleviating amass amok androgen angina animating
anthologies apolitical apologist arcades astrological auger babble bankruptcies barman barrows blighted blinks
bouncers buoys camouflaged catalogued catastrophes chalkboard cockney collated comically commoners compiles
conjoined conservationists controversially credo crevices critter culminates cytoplasm deadbeat debauchery
decrepit dejected dented deprecating derided designates despatched dimples dirtiest driest dubbing dweller
dynastic embarrassingly embolism enclose eradicating firs flashlights flaunting flirtatious flue formulae
frescoes fwd gatherer generative gentleness ghouls gnarly handicrafts haphazard hippos hypersensitivity
inaccuracy inadmissible indecision indomitable infidel inhabits insemination insinuating intelligible
intervenes irrevocably islets jocks judgemental jurisdictional kidnapper krypton lapel leaped lichen litmus
magnificently magnify matador maxed menthol methodically mightily misjudged monotone monstrosity mourns mowed
muskets mutter navigators nostril nothings numeral oddity odious offbeat omens opportunist orifice
ornamentation overcoat overreaction overused painkiller pansy parading pathologists patter peerage permissive
phrased pieced placate ploughed polynomials posited powdery pram prescriptive preying psst purifying puritans
quads rampart reaped recesses redeemable redistribute redistributed refraction reinvented rejections
rejuvenated reloading reminiscences remittances renewals renter revels revolvers ringside rinsed roofed rowers
safes scoundrel scouted seamstress shifty showman slacking slashes slob sneezes snubbed sojourn soured
southernmost splatter squirting stipulate stipulations straddle subbing swatches sweeten swinger tallies
talons tawny tenured terriers thereon throwaway thunderous transcontinental trims tweezers twerking
typographical unbeknownst unedited unleashes uplands upstanding vertebra viaduct voracious warbler wart
waterworks wettest whammy whines wilful yams accentuate adipose adjudication affording aggravation aldermen
amorous anointing apologising apostrophe appellation appendage appendicitis appropriateness aquariums autumnal
awash balling banishment baptised bate bawling bayonets beastly birdies blockbusters bluffing boomed
brainchild brawn bridegroom bulwark candidly capsized conciliatory condiments conferring convening
correspondingly crouched crybaby culpability cyberpunk deflecting desegregation deserters deservedly devalued
digress disappoints discus distinctively diverged dryers elaborately elevates encrypt energetically entertains
estimator excellently exerts extrusion facades felling fester feuding flexed flywheel foams foregone
foreshadowed foreshadowing fortnightly fourths freshest fringed fulcrum funnels ginseng gnomes gophers
grandest grimy hardball headstone herbicides heterogeneity hibiscus hob hows hyperactive hysterectomy icky
identically immediacy improvising inbreeding incisive inconspicuous indebtedness indentured inhabitant
inhospitable inoperable instigate insufficiently intercession interferon intersects irrevocable irritability
islet laity landlocked latterly leaner leukaemia lighthouses llamas luminaries makings maniacs manifolds midge
milked misfit mosquitos mottled mountaineer mountainside mucous murmuring neutrinos nips obelisk oddball
offload outcrop overestimated overloading overthrowing pageants panning pariah parka peddle peerless
permanence permeable pillage pistachio planing plebiscite ploughing posit precipice presuming puked queued
quickie ravages ravenous rearranging reclusive reek regenerated regimens reinstall resold rimmed rind risers
riverfront rosebud runaways salamander scalpel scraper scribbled sedate shallower shaves shriek simulates
singularly sinkhole skimpy sloped snore sorceress spaceflight spender sphincter spooks squires stank sternum
stockbroker stoppers storytellers strangulation stratification stratified streaked stretchy suckling sucrose
sundae sundry supercomputer swampy synapse tasking tidings toothache tranquillity transitive trickling
trigonometry trimmings tutelage twos typhus unconscionable underlines unflattering unscheduled unstructured
vagrant voiceless walkout wands whosoever wimpy woodman wordplay abstractions acrobatics aerobics alertness
alleyway amenity angrier ascribe attenuated avenging bandana bangles barbarism bareback beaters billet
binaries blackmailing blissfully bloodied boneless brainless breathable bridged brightening bristle buffaloes
bulkhead bur burglaries cacti canaries carded cashew cashiers cavernous chaff changeable chaperone chlorophyll
claret cloister clothe clutched complainants concomitant constipated consults consummated contemplates
creationism credential crunches curiosities cymbals darkening debs debunking decompose deepens deformities
denier denounces detaining determinism digesting dimmed dingo disaffected disheartened dispossessed dissecting
domicile dominions don'ts dreamland dumbfounded egotistical emirate encrusted enticed erudite estuaries
faintest fasteners fervour fiends finders flattening flirts foursome franchising froth furlough gambled
garnering ghettos gnawing growths guile hallows hangovers heft hideaway hilarity hillsides homey imparted
impersonate impropriety incompatibility instalments intermediates interment introverts irked junkyard jurists
juxtaposed kennels kingship lifelike lioness locates loin loveable machinist mandible manhole marigold
marinade matted melancholic middlemen mineralogy minibus modifies modulus monarchies monogamy monotony mopping
mortally moveable multinationals natty navies nebulous negated neurotransmitters nozzles obscuring occlusion
outlived overdoses paralegal pared payrolls pikes pining piranha pocketed posits postmortem postscript
prehistory prismatic prophesied prototyping prowl pugs punchy purr pussycat quagmire quash rackets radiates
railed raindrops ransacked readability reciprocated refundable remedied renews replaying repose reptilian
restful retraining rewrote ricochet rifts rubric savagely scallop scavengers schoolmaster schoolwork scoffed
scoping searchers seedling setters shanty shat shrew shrimps shush silencer sited slacker snowmobile soapy
soloists sovereigns spaceships spatially spectroscopic speedily spiky stilts stoning straddling strikeout
subpoenaed subprime subtleties succumbing sunroof suppresses surrealist suspenseful tanked tattooing
temperamental tolerating toning traditionalist trickier tripartite twirling understudy unguarded unscientific
untamed utilisation vermilion vesicles wafers waver weaning webbing whoosh wooing workloads wring zipped
abduct abolitionist affluence agave algebras amazons apothecary applauds apricots authoring backwoods bagpipes
barf batten beaks beefy beseech blasters boars bodega bombard broads camcorder casters castrated chipmunk
chronicling chucking chutney coda colluded colonoscopy composting conceiving conciliation concurred
conjugation coos corollary counterbalance courtiers cringing culminate customised defaced deporting
desecration destinies didactic diversifying domestication donning drape droplet drunkard duds electives
emphasising enforcers engrossing epistles ergonomics evaporates excitable fanned fevers flaring flirtation
fora fords foresters formulaic frisky funnily garrisons gerrymandering grisly guesswork gutting gymnasts
haemorrhage hairdressers handpicked handsets hollows huckleberry iguana impassable impatiently imprints
incinerator inclinations individualistic insolent instituting insulator invert invertebrate iridium
irrefutable jovial kidnappings lasso lattes launder legislated lemma loaders manatee mire modulate molybdenum
motocross motorcade motorcyclist mussel necessitates nihilism nonchalant oilfield opportune oppressor
orchestration parapet patterning pejorative penning petitioning pharaohs phonograph piggyback planetarium
porches portico postures premarital procreation pyramidal quarks quashed queried quivering ramparts rascals
receivership refills replenished replenishment riveted romantics mr mrs mx dr ok nan nana gran aunty auntie
"""

    private static let nameLikeText = """
amber angel archer arias arroyo ash august autumn baker barb barker barney basil bates beau beck bell belle
bender berg berry beryl billings billy birdie bishop bland blessing bloom bob bobby bonnie booth bower bowers
bowling bowman brad brandy bray brook brooks brown browning buddy bullock butler candy cannon carol carpenter
carver chad chamberlain chandler charity chase chastity cherry chuck clay clement cliff colleen collier cook
cooper cote cotton cox coy crouch crystal curry curt daisy dale davenport dawn dean derrick destiny dick
dickey dirk dolly don downing drake drew dyer earnest ebony ed eddy emery ester eve faith fanny favour fawn
fern fink fisher flora ford foreman foster fox frank franks freeman french fuller gale garland garner garrison
gentry gibbons gill ginger gore grace grant graves green griffin grimes groves guy hale hall harden hardy
harmony harry hart hatch hays hazel heath heather hector herring hickey hicks hill hogan holder holly homer
hope hopper hunter iris ivy jack jade jasmine jasper jay jewel jimmy john johns josh joy ken khan king lacy
lamb laurel lea leach lee levy liberty lily lynch madden manning margarita maria marina mark marks marlin
marsh martin mason matt max may mayo mead melody mercy merry mickey mike miles miller mills misty mo morrow
moss myrtle newton nick nix noel olive opal pansy parsons pat pate patience patsy patty pearl peck penny peter
peters petty phoebe pierce piper poppy porter potter precious proctor randy ray reed reeves rhea rick riddle
river roach rob robin rocky rod roe roger rogers roman rose rosemary rouse ruby rusty sally sanders sandy
savannah sawyer sears sexton shah sharp shepherd sherry shields shoemaker sierra sims singleton sky smiley
smith sonny stark stein stokes stone stout sue summer sunny swain terry tiara tom tony troy tucker turner
valentine victor vigil villa viola violet wade walker ware warren watts welch welsh wheeler wilder will willow
wills winter wolf wood woods wright young
"""
}
