# Writer p, batch 02: transport - vehicle registration and transfer, traffic-accident records.
# Hand-written, invented data. CC0 1.0.

DOCS = [
{"id": "s16-p02-001", "kind": "form", "text": """자동차 이전등록 신청서

[양도인]
 성명(명칭): [[PERSON:구자영]]
 주민등록번호: [[KR_RRN:710825-123904?]]
 주소: [[KR_ADDRESS:경기도 용인시 처인구 금령로 56-3 (김량장동) 명지빌라 가동 201호]]
[양수인]
 성명(명칭): [[PERSON:구민정]]
 주민등록번호: [[KR_RRN:980303-260551?]]
 주소: [[KR_ADDRESS:서울특별시 관악구 신림로 23길 16, 402호]]
 전화번호: [[PHONE_NUMBER:010-3104-7729]]

자동차등록번호: [[KR_CAR_PLATE:46너 3821]]      차대번호: {{vin:KMHD341CBJU512877}}
매매금액: {{amount:일금 삼백만원정(₩3,000,000)}}   (부녀간 양도, 취득세 감면 해당없음)
신청일: {{date:2024년 3월 8일}}"""},

{"id": "s16-p02-002", "kind": "ocr_scan", "text": """자 동 차 양 도 증 명 서 (양 도 인 · 양 수 인 직 접 거 래 용)
양도인 성명 [[PERSON:염 태 준]]    생년월일 [[BIRTH_DATE:196O년 O8월 l2일]]
  주 소 [[KR_ADDRESS:성남시 중원구 광명로 37l 번길 8 (금광동)]]
양수인 성명 [[PERSON:탁은비]]      생년월일 [[BIRTH_DATE:l995.O2.27]]
  주 소 [[KR_ADDRESS:용인시 기흥구 보정로 ll9 죽현마을아이파크 lO5동 9O4호]]
자동차등록번호 [[KR_CAR_PLATE:O7소 55l8]]   차 명 아반떼
잔금지급일 {{date:2O24년 4월 l5일}}  차량인도일 {{date:2O24년 4월 l5일}}
※ 인감증명서 첨부 (발급일 {{date:2O24.4.l2}})"""},

{"id": "s16-p02-003", "kind": "office_memo", "text": """외국인 자동차 신규등록 접수 메모 (차량등록사업소 {{room_number:3번 창구}})

- 신청인: [[PERSON:TRAN THI HUONG]] / 베트남 / 여권 [[KR_PASSPORT:C3851027]]
- 외국인등록번호 [[KR_FRN:930614-6127408]] (체류만료 {{date:2026.01.30}})
- 체류지: [[KR_ADDRESS:화성시 향남읍 발안로 102-7, 3층 301호]]
- 차량: 중고 모닝, 등록번호 [[KR_CAR_PLATE:391더 2760]] 부여
- 통역 동행: [[PERSON:응우옌 반 롱]] ([[PHONE_NUMBER:010-2289-3416]])
외국인등록증 주소와 여권 영문명 철자 일치 확인함. 보험가입증명서 {{date:2024-04-22}} 자 확인.
접수자 [[PERSON:권나연]]"""},

{"id": "s16-p02-004", "kind": "accident_record", "text": """교통사고 발생 보고 (경미사고 / 현장합의 불성립)

발생일시: {{date:2024. 5. 3.(금)}} {{time:18:45}}경
발생장소: [[KR_ADDRESS:수원시 팔달구 중부대로 95]] 앞 교차로 ({{place_name:인계사거리}} 방면)

[A차량] [[KR_CAR_PLATE:22마 4471]] (그랜저)
  운전자 [[PERSON:마동훈]] ([[BIRTH_DATE:1969.04.22]]), 면허번호 [[KR_DRIVER_LICENSE:11-89-034712-61]]
  연락처 [[PHONE_NUMBER:010-5902-1144]]
[B차량] [[KR_CAR_PLATE:경기45나2093]] (카니발)
  운전자 [[PERSON:안소영]] ([[BIRTH_DATE:1986.09.30]]), 면허번호 [[KR_DRIVER_LICENSE:경기 06-217745-23]]
  연락처 [[PHONE_NUMBER:010-7143-2608]]
  동승자 자녀 [[PERSON:정하율]] (만 5세, [[BIRTH_DATE:2018.12.04]]) 경상, {{org_name:아주대학교병원}} 이송

조사관 경위 [[PERSON:탁성민]] (교통조사계)"""},

{"id": "s16-p02-005", "kind": "email", "text": """보낸사람: [[PERSON:전수경]] <[[EMAIL_ADDRESS:sk.jeon@hdi-claims.co.kr]]>
받는사람: [[EMAIL_ADDRESS:ahn.soyoung86@naver.com]]
날짜: {{date:2024년 5월 7일 (화) 오후 3:12}}
제목: [사고접수 {{case_number:2024-0503-A17729}}] 대인 보상 관련 안내

[[PERSON:안소영]] 고객님, 안녕하세요.
{{org_name:한결손해보험}} 대인보상 담당 [[PERSON:전수경]] 과장입니다(사번 [[EMPLOYEE_ID:HG07715]]).
자녀분 [[PERSON:정하율]] 님 진료비는 지급보증 처리되었으며, 향후 통원치료비 청구 시 아래 계좌 확인 부탁드립니다.
  - 입금계좌: 국민 [[BANK_ACCOUNT:482301-04-117365]] (예금주 [[PERSON:안소영]])
문의는 제 직통 [[PHONE_NUMBER:02-6330-7715]] 또는 보상센터 {{public_number:1577-4300}}로 주세요.
감사합니다."""},

{"id": "s16-p02-006", "kind": "messenger_chat", "text": """(문자메시지)
[[PHONE_NUMBER:010-4488-2190]] → 나
오늘 주차장에서 접촉한 차주입니다. 제 보험사는 현대고 접수번호 {{case_number:H240611-08821}} 입니다
이름 [[PERSON:차유진]], 차번호 [[KR_CAR_PLATE:159구 8843]]
나 → [[PHONE_NUMBER:010-4488-2190]]
네 확인했습니다. 저는 [[PERSON:하정민]]이고 [[KR_CAR_PLATE:62도 0915]]입니다. 범퍼 사진 보내드릴게요
[[PHONE_NUMBER:010-4488-2190]] → 나
네 ㅠ 죄송합니다. 혹시 면허증 사진도 보험사에서 달라는데 보내주실 수 있나요? 저는 [[KR_DRIVER_LICENSE:13-15-882031-40]] 이에요"""},

{"id": "s16-p02-007", "kind": "system_log", "text": """# 자동차민원 온라인 접수 로그 (발췌)
{{date:2024-06-12T09:14:02+09:00}} login ok user=kim_dh77 name=[[PERSON:김도현]] ip=[[IP_ADDRESS:211.36.142.87]]
{{date:2024-06-12T09:15:40+09:00}} submit 이전등록 plate=[[KR_CAR_PLATE:34주5120]] req={{case_number:RQ-0612-00381}}
{{date:2024-06-12T09:31:11+09:00}} login fail user=leesm ip=[[IP_ADDRESS:2001:e60:8710:2ab1::3f]] reason=cert_expired
{{date:2024-06-12T09:33:57+09:00}} login ok user=leesm name=[[PERSON:이선미]] ip=[[IP_ADDRESS:175.223.19.240]]
{{date:2024-06-12T09:34:20+09:00}} gw=[[IP_ADDRESS:10.20.0.1]] mask={{subnet_mask:255.255.255.0}} agent=MinwonClient/{{version:4.2.19}}"""},

{"id": "s16-p02-008", "kind": "call_note", "text": """상담일 {{date:2024.07.02}} / 상담원 [[PERSON:민예슬]]
문의자 [[PERSON:봉재석]] (아들) [[PHONE_NUMBER:010 8721 3356]]
부친 [[PERSON:봉만수]] 님 ([[BIRTH_DATE:1939년 1월 25일]]생, 주민번호 [[KR_RRN:390125-1******]]) {{date:6월 14일}} 사망, 차량([[KR_CAR_PLATE:28조 4402]]) 처리 문의.
→ 상속이전 또는 상속말소 가능. 사망일({{date:2024.06.14}})로부터 6개월 이내 미신청시 과태료 안내.
→ 필요서류: 제적등본/가족관계증명서, 상속인 전원 동의서. 형제분([[PERSON:봉재희]]) 해외 거주라 위임장+재외공관 확인 필요함 설명."""},

{"id": "s16-p02-009", "kind": "csv_export", "text": """연번	소유자	생년월일	구번호	신번호	교체일	교체사유
1	[[PERSON:엄기석]]	[[BIRTH_DATE:620905]]	[[KR_CAR_PLATE:경기52가1193]]	[[KR_CAR_PLATE:152가 1193]]	{{date:2024-07-15}}	전국번호판전환
2	[[PERSON:주은택]]	[[BIRTH_DATE:780213]]	[[KR_CAR_PLATE:31러 6620]]	[[KR_CAR_PLATE:331러 6620]]	{{date:2024-07-15}}	훼손
3	[[PERSON:손가영]]	[[BIRTH_DATE:911130]]	[[KR_CAR_PLATE:57버 8014]]	[[KR_CAR_PLATE:357버 8014]]	{{date:2024-07-16}}	도난분실
"""},

{"id": "s16-p02-010", "kind": "notice", "text": """자동차 직권말소 예고 공고

「자동차관리법」 제13조에 따라 아래 자동차가 의무보험 미가입 및 검사 미필 상태로 장기간 운행된 것으로 확인되어 직권말소를 예고합니다. 이의가 있는 소유자는 공고일({{date:2024. 8. 1.}})부터 {{date:2024. 8. 31.}}까지 용인시 차량등록사업소로 이의신청하시기 바랍니다.

| 연번 | 자동차등록번호 | 소유자 | 주소 |
| 1 | [[KR_CAR_PLATE:38무 1182]] | [[PERSON:홍○표]] | [[KR_ADDRESS:용인시 수지구 동천로 4**]] |
| 2 | [[KR_CAR_PLATE:67어 0531]] | [[PERSON:Zhang ***]] | 주소불명 |
| 3 | [[KR_CAR_PLATE:121누 4450]] | [[PERSON:석○○]] | [[KR_ADDRESS:처인구 남사읍 ***로 1*-3]] |

문의: 용인시 차량등록사업소 {{public_number:031-324-2954}}"""},

{"id": "s16-p02-011", "kind": "ocr_scan", "text": """자동차운전면허증 (DRIVER'S LICENSE)
1종보통
[[KR_DRIVER_LICENSE:12-I4-O63l25-8O]]
[[PERSON:나 윤 호]]
[[KR_RRN:890704-l******]]
[[KR_ADDRESS:경기도 성남시 분당구 불정로 6l, 7O2호]]
적성검사기간 {{date:2O32.Ol.Ol~2O32.l2.3l}}
갱신기간
{{date:2O22.O6.l7}}
경기도남부경찰청장"""},

{"id": "s16-p02-012", "kind": "form", "text": """개인택시운송사업 양도·양수 인가신청서

양도인 [[PERSON:우정길]] (생년월일 [[BIRTH_DATE:1957. 10. 2.]])  사업자등록번호 [[KR_BRN:124-11-0258?]]
  차량 [[KR_CAR_PLATE:경기31아7717]]   면허일자 {{date:1998. 5. 12.}}
양수인 [[PERSON:표세훈]] (생년월일 [[BIRTH_DATE:1975. 7. 28.]])
  운전면허번호 [[KR_DRIVER_LICENSE:11-97-413309-52]]
  택시운전자격번호 {{license_number:경기-2011-05392}}
  주소 [[KR_ADDRESS:수원시 장안구 정자천로 158, 301동 504호 (정자동, 백설마을코오롱아파트)]]
  연락처 [[PHONE_NUMBER:(010)4620-1185]]
양도 가격 {{amount:1억 1천5백만원}} / 신청일 {{date:2024.08.19}}"""},

{"id": "s16-p02-013", "kind": "register_extract", "text": """자동차등록원부(갑) 발췌
등록번호 [[KR_CAR_PLATE:105하 2839]]   최초등록일 {{date:2019-11-20}}
순위 | 사항란 | 주민(법인)등록번호 | 성명(명칭) | 접수일
1 | 신규등록 | {{business_number:110111-2839041}} | {{org_name:드림캐피탈 주식회사}} | {{date:2019-11-20}}
2 | 이전등록(매매) | [[KR_RRN:820611-1******]] | [[PERSON:소재원]] | {{date:2022-02-03}}
3 | 이전등록(매매) | [[KR_RRN:850119-2******]] | [[PERSON:임수빈]] | {{date:2024-09-09}}
4 | 압류 | - | {{org_name:용인시}} (세무과) | {{date:2024-10-01}}
※ 개인정보 보호를 위해 주민등록번호 뒷자리는 표시하지 않습니다."""},

{"id": "s16-p02-014", "kind": "accident_record", "text": """렌터카 사고 경위서 (고객 작성 → 직원 정리)
지점: {{place_name:수원역점}} / 계약번호 {{reservation_number:RC-24091-3377}}
임차인: [[PERSON:LIU JIANHUA]] (중국, 여권번호 [[KR_PASSPORT:EJ4172093]], [[BIRTH_DATE:12 MAR 1990]])
제2운전자: [[PERSON:왕 메이]] (여권 [[KR_PASSPORT:E90318226]])
차량: [[KR_CAR_PLATE:34허 1289]] (K5)
경위: {{date:9/23}} 오후 광교 호수공원 주차장에서 후진 중 기둥 충돌. 인명피해 없음. 자차보험 가입(면책금 {{amount:50만원}}).
고객 연락처: [[PHONE_NUMBER:+86 138 1077 4526]] / 국내 [[PHONE_NUMBER:010-6402-9817]]
작성 직원 [[PERSON:이도윤]] (사번 [[EMPLOYEE_ID:SK-R2208]])"""},

{"id": "s16-p02-015", "kind": "email", "text": """제목: 명의이전 위임장 보냅니다

안녕하세요 차량등록사업소 담당자님, 
어머니 차량을 제 명의로 옮기려고 하는데 어머니가 거동이 불편하셔서 제가 대리인으로 가려고 합니다.
위임인: [[PERSON:성말순]] ([[BIRTH_DATE:1944.11.07]]생) 
대리인: [[PERSON:원준혁]] (본인, 주민번호 앞자리 [[KR_RRN:760418-1]]) 
차량번호 [[KR_CAR_PLATE:17서3042]]
위임장에 인감 찍어서 스캔했고 원본은 방문할 때 가져가겠습니다. {{date:다음주 화요일}} 방문 예정입니다.
[[PERSON:원준혁]] [[PHONE_NUMBER:010-3377-8861]] / [[EMAIL_ADDRESS:wonjh0418@daum.net]]"""},

{"id": "s16-p02-016", "kind": "spreadsheet", "text": """[정기검사 지연 과태료 과오납 환급 대상]  작성 {{date:2024.10.11}} 세외수입팀
성명,생년월일,차량번호,환급액,환급계좌,비고
[[PERSON:지수혁]],[[BIRTH_DATE:1988.01.09]],[[KR_CAR_PLATE:40수7731]],{{amount:40000}},신한 [[BANK_ACCOUNT:110-412-883907]],이중납부
[[PERSON:함정란]],[[BIRTH_DATE:1972.06.30]],[[KR_CAR_PLATE:52오 2318]],{{amount:20000}},농협 [[BANK_ACCOUNT:352-1184-9902-13]],
[[PERSON:Sarah Kim]],[[BIRTH_DATE:1995.05.17]],[[KR_CAR_PLATE:183도 6605]],{{amount:60000}},카카오뱅크 [[BANK_ACCOUNT:3333-08-2917364]],재외국민
※ 시 세입계좌(농협 {{public_account:301-0172-4418-31}})로 잘못 입금된 건은 별도"""},
]
