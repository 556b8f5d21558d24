# Writer v, batch 07: short notes, hard look-alikes, mixed domains. CC0 1.0. All invented.
DOCS = [
{"id": "s17-v07-001", "kind": "sms", "text": """[수원시]체납안내 [[PERSON:김*호]]님 미납 지방세 {{amount:58,200원}} 문의 [[PHONE_NUMBER:010-****-2231]](담당 [[PERSON:유민아]])"""},

{"id": "s17-v07-002", "kind": "letter", "text": """[반송사유 통지] 등기번호 {{tracking_number:1097-3021-4482}}
수취인 [[PERSON:설재민]]  주소 [[KR_ADDRESS:용인시 기흥구 동백죽전대로 527번길 31-15, 나동 202호]]
반송사유: 수취인 불명(이사) / 반송일 {{date:2024.08.27}}
내용물: 2024년 재산세(7월분) 납세고지서 → 공시송달 예정 (게시기간 {{date:14일}})"""},

{"id": "s17-v07-003", "kind": "system_export", "text": """[상인회비 CMS 출금결과] 기준월 {{date:2024-06}}
회원|은행/카드|계좌·카드번호|출금액|결과
[[PERSON:이춘자]]|농협|[[BANK_ACCOUNT:351-1142-7730-53]]|{{amount:30000}}|정상
[[PERSON:황순덕]]|현대카드|[[CREDIT_CARD:5409-21**-****-7732]]|{{amount:30000}}|정상
[[PERSON:임성호]]|국민|[[BANK_ACCOUNT:445701-01-229184]]|{{amount:30000}}|잔액부족
[[PERSON:천소희]]|신한카드|[[CREDIT_CARD:4518 4410 2293 006?]]|{{amount:30000}}|정상
[[PERSON:봉미란]]|기업|[[BANK_ACCOUNT:010-129381-01-011]]|{{amount:30000}}|정상
수납계좌(상인회): 농협 {{public_account:301-0211-4471-81}}"""},

{"id": "s17-v07-004", "kind": "form", "text": """주택임대차 계약 신고필증 (발췌)
임대인: 주식회사 광교하우징 (법인등록번호 {{corporate_number:134811-0291837}}, 사업자 {{business_number:135-86-90241}})
임차인: [[PERSON:Rahul Mehta]] / Passport [[KR_PASSPORT:Z6219043]] / DOB [[BIRTH_DATE:1989-12-08]]
주택: [[KR_ADDRESS:수원시 영통구 센트럴타운로 85, 2302동 1501호]]
신고일 {{date:2024-05-30}}  확정일자 {{document_number:영통1동-2024-5521}}"""},

{"id": "s17-v07-005", "kind": "complaint", "text": """불법현수막 신고합니다. 광교 호수공원 사거리 가로수에 '아파트 잔여세대 특별분양 {{public_number:1600-8211}}' 현수막 5개 걸려 있고, 옆에는 '급매 원룸건물 매매 정부장 [[PHONE_NUMBER:010-7782-9910]]' 이라고 개인번호 적힌것도 있어요. 철거 부탁드립니다. (신고자 [[PERSON:하윤지]])"""},

{"id": "s17-v07-006", "kind": "messenger", "text": """어머니: 얘 구청에서 분납 상담하래 내 번호로 전화온대
[[PERSON:수현]]: 엄마 번호 [[PHONE_NUMBER:０１０－５５８２－３３１７]] 이거 맞지? 내가 구청에 적어줄게
어머니: 응 그리고 주민번호 물어보면 [[KR_RRN:５４１０１２]] 로 시작하는거
[[PERSON:수현]]: 그건 전화로 말하지마 사기일수도 있어"""},

{"id": "s17-v07-007", "kind": "form", "text": """영업 폐업신고서 (휴게음식점)
영업자 성명 [[PERSON:Keiko Tanaka]] (田中 恵子)   생년월일 [[BIRTH_DATE:S53.4.16]]
신분확인: 운전면허증 [[KR_DRIVER_LICENSE:28-09-004417-16]]
영업소 [[KR_ADDRESS:성남시 분당구 백현로 101번길 13, 상가동 108호]] (카페 케이코)
폐업일자 {{date:2024.12.20}}  사유: 귀국"""},

{"id": "s17-v07-008", "kind": "sms", "text": """[용인시 세무상담] [[PERSON:문지환]]님 {{date:11/14(목)}} {{time:15:00}} 마을세무사 상담 예약완료. 예약번호 {{reservation_number:R-24111402}}. 장소 수지구청 2층"""},

{"id": "s17-v07-009", "kind": "memo", "text": """{{date:10.8}} 오전 방문민원. [[BIRTH_DATE:95]]년생 [[PERSON:권해솔]]씨, 전세보증금 반환 못받아 임차권등기 방법 문의. 집주인 [[PERSON:탁OO]](60대), 보증금 {{amount:1.1억}}. HUG 보증 미가입. 법률홈닥터 연계함."""},

{"id": "s17-v07-010", "kind": "email", "text": """From: [[PERSON:Grace Yoon]] <[[EMAIL_ADDRESS:grace.yoon@shaw.ca]]>
Subject: Local tax refund - overseas Korean

Hello, my Korean name is [[PERSON:윤은혜]]. I lived at [[KR_ADDRESS:성남시 분당구 불정로 6, 하얀마을 512동 803호]] until I emigrated to Canada on {{date:2023-08-19}}. I received a notice that I have an overpaid 지방소득세 refund of {{amount:₩312,400}}.
Korean passport no. [[KR_PASSPORT:M05523817]], DOB [[BIRTH_DATE:1976.10.03]]. Could you send it to my Korean account 하나 [[BANK_ACCOUNT:27791-0032-51807]]? My sister [[PERSON:윤은정]] ([[PHONE_NUMBER:010-4410-6728]]) can help with paperwork.
Best, [[PERSON:Grace]]"""},

{"id": "s17-v07-011", "kind": "ocr_scan", "text": """土 地 臺 帳 (寫本)
所在地番 [[KR_ADDRESS:京畿道 龍仁郡 器興面 舊葛里 三五七番地]]
所有者 氏名 [[PERSON:金 炳 壽]]   住所 [[KR_ADDRESS:水原市 八達區 南昌洞 六二番地]]
登記 {{date:昭和 四十二年 三月 五日}}  移轉 {{date:一九七八年 十一月 二十日}}
※ 보상 담당 메모: 소유자 사망, 상속인 [[PERSON:김영희]] 외 3인 확인 중"""},

{"id": "s17-v07-012", "kind": "note", "text": """개인사업자 지원 대상 검토: 신청서 사업자번호 [[KR_BRN:605-27-1183?]] 확인, 대표 [[PERSON:임소윤]]. 법인 전환 여부 확인 위해 {{business_number:605-81-77720}}(같은 주소 법인) 조회했으나 별개 사업체."""},

{"id": "s17-v07-013", "kind": "spreadsheet", "text": """소상공인 재난지원금 환수대상 ({{date:2024.10.02}} 기준)
성명\t주민번호\t사업자번호\t지급액\t환수사유\t연락처
[[PERSON:오승훈]]\t[[KR_RRN:830619-120847?]]\t[[KR_BRN:124-19-5504?]]\t{{amount:2,000,000}}\t폐업 후 신청\t[[PHONE_NUMBER:010-3891-7720]]
[[PERSON:맹지원]]\t[[KR_RRN:910302-2******]]\t[[KR_BRN:142-43-0021?]]\t{{amount:1,000,000}}\t매출 허위\t[[PHONE_NUMBER:010-6672-4013]]"""},
]
